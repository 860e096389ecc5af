package dev.callbench.softphone.engine.internal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.util.ServiceLoader;

/**
 * The media engine process: {@code java -cp <engine, Gson, modules> dev.callbench.softphone.engine.internal.MediaEngineMain
 * [--stop-with <pid>]}. Takes requests on its standard input, answers on its standard output, logs on its standard
 * error (see {@code docs/protocol/media-engine.md}). Exits with 0 when its input ends, after a {@code shutdown}, or
 * when the process {@code --stop-with} names ends; with 2 on bad arguments.
 */
public final class MediaEngineMain {

    private static final System.Logger LOG = System.getLogger(MediaEngineMain.class.getName());

    private MediaEngineMain() {
    }

    public static void main(String[] args) {
        Long stopWith;
        try {
            stopWith = stopWith(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        // The channel owns standard output: whatever else prints (a library, a module) goes to the log instead
        OutputStream channel = new FileOutputStream(FileDescriptor.out);
        System.setOut(System.err);
        if (stopWith != null) {
            ProcessHandle.of(stopWith).ifPresentOrElse(parent -> parent.onExit().thenRun(() -> exit("its parent ended")),
                    () -> exit("its parent was gone before it started"));
        }
        Operations operations = new Operations();
        MediaEngine engine = new MediaEngine(System.in, channel, operations, () -> exit("it was asked to shut down"));
        new BuiltInOperations().register(operations, engine);
        for (EngineModule module : ServiceLoader.load(EngineModule.class)) {
            module.register(operations, engine);
        }
        LOG.log(Level.INFO, "Media engine {0} ready", Long.toString(ProcessHandle.current().pid()));
        engine.run();
        exit("its channel ended");
    }

    private static Long stopWith(String[] args) {
        if (args.length == 0) {
            return null;
        }
        if (args.length == 2 && args[0].equals("--stop-with")) {
            try {
                return Long.valueOf(args[1]);
            } catch (NumberFormatException e) {
                // the usage below says what is wrong
            }
        }
        throw new IllegalArgumentException("Usage: MediaEngineMain [--stop-with <pid>]");
    }

    private static void exit(String why) {
        LOG.log(Level.INFO, "Media engine {0} exits: {1}", Long.toString(ProcessHandle.current().pid()), why);
        System.exit(0);
    }
}
