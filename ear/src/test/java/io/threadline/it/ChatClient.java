package io.threadline.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A visitor's widget as the server sees it: a real WebSocket client (the JDK's) on {@code /chat/socket}, speaking
 * the chat's JSON frames (or an agent's page on its presence socket). Frames from the server are read in the order
 * they came.
 */
final class ChatClient implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final WebSocket socket;
    private final BlockingQueue<JsonObject> frames;
    private final CompletableFuture<Void> closedByServer;

    private ChatClient(WebSocket socket, BlockingQueue<JsonObject> frames, CompletableFuture<Void> closedByServer) {
        this.socket = socket;
        this.frames = frames;
        this.closedByServer = closedByServer;
    }

    static ChatClient connect(URL base) {
        return connect(base, null);
    }

    /** Opens the socket as a page of {@code origin} would (null: no Origin header, as a program). */
    static ChatClient connect(URL base, String origin) {
        return open(socketUri(base), origin == null ? Map.of() : Map.of("Origin", origin));
    }

    /**
     * An agent's presence socket on a conversation page ({@code /agent/presence/{id}}), with the cookies of the
     * agent's sign-in ({@link Api#signIn}); its frames are JSON with a {@code type} too.
     */
    static ChatClient presence(URL base, long conversationId, Map<String, String> cookies) {
        URI uri = URI.create(base.toString().replaceFirst("^http", "ws")).resolve("agent/presence/" + conversationId);
        return open(uri, Map.of("Cookie", String.join("; ", cookies.entrySet().stream()
                .map(c -> c.getKey() + "=" + c.getValue()).toList())));
    }

    private static ChatClient open(URI uri, Map<String, String> headers) {
        BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
        CompletableFuture<Void> closed = new CompletableFuture<>();
        WebSocket.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                .newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        headers.forEach(builder::header);
        WebSocket socket = builder.buildAsync(uri, new Listener(frames, closed)).join();
        return new ChatClient(socket, frames, closed);
    }

    /** The HTTP status with which the server refuses the handshake from a page of {@code origin}. */
    static int refusal(URL base, String origin) {
        try (ChatClient unexpected = connect(base, origin)) {
            throw new AssertionError("The chat socket was opened from " + origin);
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
    }

    static URI socketUri(URL base) {
        return URI.create(base.toString().replaceFirst("^http", "ws")).resolve("chat/socket");
    }

    /** Says hello (with the token of a returning visitor, or none) and returns the welcome frame. */
    JsonObject hello(String token) {
        JsonObjectBuilder hello = Json.createObjectBuilder().add("type", "hello");
        if (token != null) {
            hello.add("token", token);
        }
        send(hello.build());
        return next("welcome");
    }

    /** A new visitor's hello from a widget that shows the bot's articles, on a page in {@code language}. */
    JsonObject helloShowingSuggestions(String language) {
        send(Json.createObjectBuilder().add("type", "hello").add("lang", language).add("suggestions", true).build());
        return next("welcome");
    }

    JsonObject introduce(String name, String email) {
        send(Json.createObjectBuilder().add("type", "profile").add("name", name).add("email", email).build());
        return next("profile");
    }

    /** Sends a message and waits for its ack. */
    void say(String id, String text) {
        send(Json.createObjectBuilder().add("type", "message").add("id", id).add("text", text).build());
        JsonObject ack = next("ack");
        if (!id.equals(ack.getString("id"))) {
            throw new AssertionError("Acknowledged " + ack + " instead of " + id);
        }
    }

    void send(JsonObject frame) {
        send(frame.toString());
    }

    void send(String text) {
        socket.sendText(text, true).join();
    }

    /** The next frame of this type that matches; frames before it are passed over. */
    JsonObject next(String type, Predicate<JsonObject> matching) {
        while (true) {
            JsonObject frame = next(type);
            if (matching.test(frame)) {
                return frame;
            }
        }
    }

    /** The next frame of this type; frames of other types before it are passed over. */
    JsonObject next(String type) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            JsonObject frame = nextWithin(deadline, "a " + type + " frame");
            if (type.equals(frame.getString("type"))) {
                return frame;
            }
        }
    }

    /** The next frame, whatever its type. */
    JsonObject next() {
        return nextWithin(System.nanoTime() + WAIT.toNanos(), "a frame");
    }

    private JsonObject nextWithin(long deadline, String what) {
        JsonObject frame;
        try {
            frame = frames.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted waiting for " + what);
        }
        if (frame == null) {
            throw new AssertionError("No " + what + " within " + WAIT.toSeconds() + "s");
        }
        return frame;
    }

    /** Closes the socket and waits until the server has answered the close. */
    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        }
        closedByServer.completeOnTimeout(null, WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    private static final class Listener implements WebSocket.Listener {
        private final BlockingQueue<JsonObject> frames;
        private final CompletableFuture<Void> closed;
        private final StringBuilder partial = new StringBuilder();

        Listener(BlockingQueue<JsonObject> frames, CompletableFuture<Void> closed) {
            this.frames = frames;
            this.closed = closed;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                frames.add(Json.createReader(new StringReader(partial.toString())).readObject());
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            closed.complete(null);
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            closed.complete(null);
        }
    }
}
