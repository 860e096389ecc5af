package dev.callbench.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The X display the product runs on, driven as a user drives it: real key presses through the XTEST extension
 * (xdotool), windows found by their title, screenshots with ImageMagick. Needs DISPLAY, xdotool, xwininfo and
 * ImageMagick.
 */
final class Screen {

    /** The id of the viewable window whose title matches, once there is one (xdotool waits for it). */
    String awaitWindow(String titleRegex, long timeout, TimeUnit unit) throws IOException, InterruptedException {
        return run(timeout, unit, "xdotool", "search", "--sync", "--onlyvisible", "--name", titleRegex).lines()
                .findFirst().orElseThrow();
    }

    /** Gives the window the keyboard focus and presses the keys there (xdotool names, e.g. alt+c, Escape). */
    void press(String window, String... keys) throws IOException, InterruptedException {
        run("xdotool", "windowfocus", "--sync", window);
        List<String> command = new ArrayList<>(List.of("xdotool", "key", "--clearmodifiers", "--delay", "120"));
        command.addAll(List.of(keys));
        run(command.toArray(String[]::new));
    }

    /** Waits until the window is no longer shown (closed or unmapped). */
    void awaitGone(String window, long timeout, TimeUnit unit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (isViewable(window)) { // each look is a process of its own: no pause is needed between them
            if (System.nanoTime() > deadline) {
                throw new AssertionError("window " + window + " is still shown after " + timeout + " " + unit);
            }
        }
    }

    /**
     * A screenshot of one window, or of the whole screen for "root", once it holds still: two grabs in a row the same
     * (GTK repaints what a closed window uncovers a moment after X tells it to).
     */
    Path shoot(String window, Path file) throws IOException, InterruptedException {
        Files.createDirectories(file.getParent());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        byte[] before = pixels(window);
        for (byte[] now = pixels(window); !Arrays.equals(before, now); now = pixels(window)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("window " + window + " did not hold still for a screenshot");
            }
            before = now;
        }
        run("import", "-window", window, file.toString());
        return file;
    }

    private boolean isViewable(String window) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("xwininfo", "-id", window).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return process.exitValue() == 0 && output.contains("IsViewable"); // xwininfo fails once it is destroyed
    }

    private static byte[] pixels(String window) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("import", "-window", window, "rgb:-").start();
        byte[] pixels = process.getInputStream().readAllBytes();
        if (process.waitFor() != 0) {
            throw new IOException("import could not grab window " + window);
        }
        return pixels;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        return run(30, TimeUnit.SECONDS, command);
    }

    private static String run(long timeout, TimeUnit unit, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(timeout, unit)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout + " " + unit);
        }
        // what these tools print is a line or two, which the pipe holds until they end
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }
}
