package dev.callbench.softphone.engine.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonObject;

import dev.callbench.softphone.engine.internal.channel.ChannelException;
import dev.callbench.softphone.engine.internal.channel.Message;
import dev.callbench.softphone.engine.internal.channel.MessageReader;
import dev.callbench.softphone.engine.internal.channel.MessageWriter;

/**
 * The engine's end of the channel: reads requests on the calling thread, answers them on an operation thread in the
 * order they came, and writes replies and events. A line it cannot take is answered with a {@code protocolError}
 * event and costs that line only. {@link #run()} returns when its input ends; a {@code shutdown} is answered first and
 * then stops the engine.
 */
public final class MediaEngine implements EventSink {

    static final String PROTOCOL_ERROR = "protocolError";
    private static final long ANSWER_GRACE_SECONDS = 2;
    private static final System.Logger LOG = System.getLogger(MediaEngine.class.getName());

    private final MessageReader reader;
    private final MessageWriter writer;
    private final Operations operations;
    private final ExecutorService operationThread = Executors.newSingleThreadExecutor(
            runnable -> new Thread(runnable, "media-engine-operations"));

    /** @param stop ends the process; called once a {@code shutdown} request is answered */
    public MediaEngine(InputStream in, OutputStream out, Operations operations, Runnable stop) {
        this.reader = new MessageReader(in);
        this.writer = new MessageWriter(out);
        this.operations = operations;
        operations.register("shutdown", arguments -> {
            operationThread.execute(stop); // after this task, which writes the reply
            return new JsonObject();
        });
    }

    /** Reads and answers until the input ends. */
    public void run() {
        while (true) {
            try {
                Optional<Message> message = reader.read();
                if (message.isEmpty()) {
                    LOG.log(Level.INFO, "The workbench closed the channel");
                    break;
                }
                accept(message.get());
            } catch (ChannelException e) {
                LOG.log(Level.WARNING, "A line from the workbench was refused: {0}", e.getMessage());
                emit(PROTOCOL_ERROR, failure(e.kind(), e.getMessage()));
                if (e.endsChannel()) {
                    break;
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "The channel from the workbench failed", e);
                break;
            }
        }
        finishAnswering();
    }

    /** Requests already read are still answered, for a while: the workbench may be waiting for them. */
    private void finishAnswering() {
        operationThread.shutdown();
        try {
            if (!operationThread.awaitTermination(ANSWER_GRACE_SECONDS, TimeUnit.SECONDS)) {
                LOG.log(Level.WARNING, "Operations were still running when the channel ended");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void accept(Message message) {
        if (message instanceof Message.Request request) {
            operationThread.execute(() -> answer(request));
        } else {
            emit(PROTOCOL_ERROR, failure(ChannelException.BAD_MESSAGE, "The engine takes requests only."));
        }
    }

    private void answer(Message.Request request) {
        Optional<AsyncHandler> handler = operations.find(request.op());
        if (handler.isEmpty()) {
            reply(Message.Reply.error(request.id(), OperationException.UNKNOWN_OP,
                    "The engine has no operation \"" + request.op() + "\"."));
            return;
        }
        try {
            CompletionStage<JsonObject> result = handler.get().handle(request.arguments());
            result.whenComplete((ok, failure) -> reply(failure == null ? Message.Reply.ok(request.id(), ok)
                    : failed(request, failure)));
        } catch (Exception e) {
            reply(failed(request, e));
        }
    }

    private static Message.Reply failed(Message.Request request, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof OperationException known) {
            return Message.Reply.error(request.id(), known.kind(), known.getMessage());
        }
        LOG.log(Level.WARNING, "The operation " + request.op() + " failed", cause);
        return Message.Reply.error(request.id(), OperationException.FAILED, String.valueOf(cause.getMessage()));
    }

    private void reply(Message.Reply reply) {
        try {
            writer.write(reply);
        } catch (ChannelException tooLong) {
            LOG.log(Level.WARNING, "A reply was not sent: {0}", tooLong.getMessage());
            send(Message.Reply.error(reply.id(), OperationException.FAILED, tooLong.getMessage()));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "A reply could not be written", e);
        }
    }

    @Override
    public void emit(String event, JsonObject fields) {
        send(new Message.Event(event, fields));
    }

    private void send(Message message) {
        try {
            writer.write(message);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "A message could not be written", e);
        }
    }

    private static JsonObject failure(String kind, String message) {
        JsonObject fields = new JsonObject();
        fields.addProperty("kind", kind);
        fields.addProperty("message", message);
        return fields;
    }
}
