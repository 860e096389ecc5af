package dev.callbench.product.tests;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The OSGi console of a product started with -console, on its standard input, and what it answers. */
final class OsgiConsole implements AutoCloseable {

    private final Process product;
    private final ProcessOutput output;
    private final Writer input;
    private int answers;

    OsgiConsole(Process product, ProcessOutput output) {
        this.product = product;
        this.output = output;
        this.input = product.outputWriter(StandardCharsets.UTF_8);
    }

    /** Asks for the bundle's state until the console says it is active; says whether it did in time. */
    boolean awaitActive(String bundle, long timeout, TimeUnit unit) throws IOException, InterruptedException {
        Pattern activeLine = Pattern.compile("\\d+\\s+ACTIVE\\s+" + Pattern.quote(bundle) + "_");
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (System.nanoTime() < deadline && product.isAlive()) {
            int mark = output.mark();
            ask("ss " + bundle);
            if (output.awaitMatch(activeLine, mark, 1, TimeUnit.SECONDS)) {
                return true;
            }
        }
        return false;
    }

    /** The bundle's state as the console names it (ACTIVE, RESOLVED, STARTING while it waits for a lazy start ...), or nothing if not installed. */
    Optional<String> state(String bundle) throws IOException, InterruptedException {
        int mark = output.mark();
        String end = "end of answer " + ++answers;
        ask("ss " + bundle);
        ask("echo " + end);
        if (!output.awaitMatch(Pattern.compile("(?<!echo )" + end + "\\b"), mark, 1, TimeUnit.MINUTES)) {
            throw new AssertionError("the console did not answer; the product printed:\n" + output);
        }
        Matcher line = Pattern.compile("\\d+\\s+(\\S+)\\s+" + Pattern.quote(bundle) + "_").matcher(output.since(mark));
        return line.find() ? Optional.of(line.group(1)) : Optional.empty();
    }

    private void ask(String command) throws IOException {
        input.write(command + "\n");
        input.flush();
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
