package dev.callbench.media.internal;

import java.util.concurrent.CompletableFuture;

import dev.onvoid.webrtc.CreateSessionDescriptionObserver;
import dev.onvoid.webrtc.RTCSessionDescription;
import dev.onvoid.webrtc.SetSessionDescriptionObserver;

/**
 * libwebrtc's description observers, called on its signaling thread, turned into steps on the peer's control thread
 * that fail the step's future with the {@link MediaFailure} the step stands for.
 */
final class Observers {

    /** A step on the control thread; a {@link MediaFailureException} it throws fails its future. */
    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    /** Starts work on the control thread that completes {@code result} later, or throws at once. */
    @FunctionalInterface
    interface Work<T> {
        void start(CompletableFuture<T> result) throws MediaFailureException;
    }

    /** Where a step is run: the peer's control thread. */
    @FunctionalInterface
    interface ControlThread {
        void run(Step step);
    }

    /** A description step's next move, which may fail the way {@link Step} does. */
    @FunctionalInterface
    interface Then<T> {
        void accept(T value) throws Exception;
    }

    private Observers() {
    }

    static CreateSessionDescriptionObserver created(ControlThread control, CompletableFuture<?> result,
            MediaFailure failure, Then<RTCSessionDescription> next) {
        return new CreateSessionDescriptionObserver() {
            @Override
            public void onSuccess(RTCSessionDescription description) {
                control.run(() -> step(result, failure, () -> next.accept(description)));
            }

            @Override
            public void onFailure(String error) {
                control.run(() -> result.completeExceptionally(new MediaFailureException(failure, error)));
            }
        };
    }

    static SetSessionDescriptionObserver set(ControlThread control, CompletableFuture<?> result,
            MediaFailure failure, Step next) {
        return new SetSessionDescriptionObserver() {
            @Override
            public void onSuccess() {
                control.run(() -> step(result, failure, next));
            }

            @Override
            public void onFailure(String error) {
                control.run(() -> result.completeExceptionally(new MediaFailureException(failure, error)));
            }
        };
    }

    private static void step(CompletableFuture<?> result, MediaFailure failure, Step step) {
        try {
            step.run();
        } catch (MediaFailureException e) {
            result.completeExceptionally(e);
        } catch (Exception | Error e) { // webrtc-java throws Error for what libwebrtc refuses
            result.completeExceptionally(new MediaFailureException(failure, e.getMessage()));
        }
    }
}
