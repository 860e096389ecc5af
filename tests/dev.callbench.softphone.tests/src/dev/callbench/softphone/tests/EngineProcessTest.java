package dev.callbench.softphone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import dev.callbench.softphone.internal.engine.EngineClassPath;
import dev.callbench.softphone.internal.engine.EngineCommand;
import dev.callbench.softphone.internal.engine.EngineExit;
import dev.callbench.softphone.internal.engine.EngineProcess;
import dev.callbench.softphone.internal.engine.MediaEngineException;
import dev.callbench.softphone.internal.Messages;
import dev.callbench.tests.support.OsgiServices;

/** One media engine process through the workbench's end of the channel: real children, each stopped by its pid. */
class EngineProcessTest {

    @Test
    void aPingGoesThereAndBack() throws Exception {
        long started = System.nanoTime();
        EngineProcess engine = EngineProcess.start(Engines.real());
        try {
            JsonObject pong = engine.request("ping", null).get(Engines.WAIT.toSeconds(), TimeUnit.SECONDS);
            System.out.printf("Media engine start-up, from start to first ping answered: %d ms%n",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            assertEquals(engine.pid(), pong.get("pid").getAsLong());
        } finally {
            Engines.stop(engine);
        }
    }

    @Test
    void eventsReachTheListenersAndRefusalsFailTheirRequest() throws Exception {
        EngineProcess engine = EngineProcess.start(Engines.real());
        try {
            CompletableFuture<JsonObject> echoed = new CompletableFuture<>();
            engine.addEventListener((name, fields) -> {
                if (name.equals("echo")) {
                    echoed.complete(fields);
                }
            });
            JsonObject arguments = new JsonObject();
            arguments.addProperty("word", "hello");
            engine.request("emit", arguments).get(Engines.WAIT.toSeconds(), TimeUnit.SECONDS);
            assertEquals(arguments, echoed.get(Engines.WAIT.toSeconds(), TimeUnit.SECONDS));

            MediaEngineException refused = failure(engine.request("teleport", null));
            assertEquals(MediaEngineException.Reason.REFUSED, refused.reason());
            assertEquals("unknownOp", refused.kind());
            assertEquals(Messages.engineRefused, refused.getMessage());
        } finally {
            Engines.stop(engine);
        }
    }

    @Test
    void aRequestNotAnsweredInTimeFailsAndTheEngineGoesOn() throws Exception {
        EngineProcess engine = EngineProcess.start(Engines.real());
        try {
            MediaEngineException late = failure(engine.request("hold", null, Duration.ofMillis(200)));
            assertEquals(MediaEngineException.Reason.NOT_ANSWERING, late.reason());
            assertEquals(Messages.engineNotAnswering, late.getMessage());
            assertEquals(engine.pid(), engine.request("ping", null).get(Engines.WAIT.toSeconds(), TimeUnit.SECONDS)
                    .get("pid").getAsLong());
        } finally {
            Engines.stop(engine);
        }
    }

    @Test
    void anEngineAnsweringALineThatIsNotJsonIsStopped() throws Exception {
        assertStoppedForBreakingTheProtocol("malformed");
    }

    @Test
    void anEngineAnsweringALineOverTheLimitIsStopped() throws Exception {
        assertStoppedForBreakingTheProtocol("overlong");
    }

    @Test
    void anEngineClosingItsOutputInTheMiddleOfALineIsStopped() throws Exception {
        assertStoppedForBreakingTheProtocol("truncated");
    }

    /** The request fails with the sentence as soon as the bad line is read, not at its timeout, and the child goes. */
    private static void assertStoppedForBreakingTheProtocol(String how) throws Exception {
        EngineProcess engine = EngineProcess.start(Engines.misbehaving(how));
        try {
            MediaEngineException stopped = failure(engine.request("ping", null, Duration.ofMinutes(5)));
            assertEquals(MediaEngineException.Reason.STOPPED, stopped.reason(), stopped.detail());
            assertEquals(Messages.engineStopped, stopped.getMessage());
            EngineExit exit = engine.exited().get(Engines.WAIT.toSeconds(), TimeUnit.SECONDS);
            assertFalse(exit.planned());
            assertTrue(exit.why().contains("protocol"), exit.why());
            Engines.awaitGone(engine.pid());
        } finally {
            Engines.stop(engine);
        }
    }

    @Test
    void theEngineEndsWhenItsParentEnds() throws Exception {
        Process parent = new ProcessBuilder("sleep", "600").start();
        EngineProcess engine = null;
        try {
            EngineCommand command = EngineCommand.of(EngineClassPath.of(OsgiServices.context()),
                    EngineCommand.MEDIA_ENGINE_MAIN).stoppingWith(parent.pid());
            engine = EngineProcess.start(command);
            engine.request("ping", null).get(Engines.WAIT.toSeconds(), TimeUnit.SECONDS);

            parent.destroyForcibly();
            EngineExit exit = engine.exited().get(Engines.WAIT.toSeconds(), TimeUnit.SECONDS);
            assertEquals(0, exit.exitCode());
            assertFalse(exit.planned());
        } finally {
            Engines.stop(parent);
            Engines.stop(engine);
        }
    }

    @Test
    void theClassPathHoldsTheEngineGsonAndWebrtcWithItsNativesForThisPlatform() throws Exception {
        List<String> jars = List.of(EngineClassPath.of(OsgiServices.context()).split(File.pathSeparator));
        assertTrue(jars.get(0).contains("dev.callbench.softphone.engine"), jars.toString());
        assertTrue(jars.stream().anyMatch(jar -> jar.contains("gson")), jars.toString());
        assertEquals(2, jars.stream().filter(jar -> jar.contains("webrtc")).count(), jars.toString());
        assertTrue(jars.stream().anyMatch(jar -> jar.contains("webrtc") && jar.contains("linux-x86_64")), jars.toString());
    }

    static MediaEngineException failure(CompletableFuture<?> request) {
        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> request.get(Engines.WAIT.toSeconds(), TimeUnit.SECONDS));
        return assertInstanceOf(MediaEngineException.class, failed.getCause());
    }
}
