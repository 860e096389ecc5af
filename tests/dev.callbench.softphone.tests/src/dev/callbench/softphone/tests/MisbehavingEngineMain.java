package dev.callbench.softphone.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * An engine that breaks the protocol in its answer to the first request, run by the tests in a process of its own
 * (JDK only, so that its class path is this bundle alone): {@code malformed} answers a line that is not JSON,
 * {@code overlong} a line longer than the limit, {@code truncated} half a line and then closes its standard output.
 * It then stays until its input ends.
 */
public final class MisbehavingEngineMain {

    private MisbehavingEngineMain() {
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        in.readLine();
        switch (args[0]) {
            case "malformed" -> out.print("this is not JSON\n");
            case "overlong" -> out.print("{\"id\":1,\"ok\":{\"pad\":\"" + "x".repeat((1 << 20) + 10) + "\"}}\n");
            case "truncated" -> {
                out.print("{\"id\":1,\"ok\":");
                out.close();
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
        out.flush();
        System.err.println("misbehaved: " + args[0]);
        while (in.readLine() != null) {
            // stays until the workbench closes its input or kills it
        }
    }
}
