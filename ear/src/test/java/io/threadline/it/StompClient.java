package io.threadline.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What an ERP outside Java does: STOMP 1.2 over a plain socket to the broker (no client library, so the test shows the
 * frames a Python or .NET client sends). Every read waits at most the socket timeout; a frame the broker answers with
 * {@code ERROR} fails the test with the broker's message.
 */
public final class StompClient implements AutoCloseable {

    /** One frame: command, headers (first occurrence wins, as STOMP 1.2 says) and body. */
    public record Frame(String command, Map<String, String> headers, String body) {
    }

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private int receipts;

    private StompClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    public static StompClient connect(int port, String login, String passcode) {
        try {
            Socket socket = new Socket();
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout((int) READ_TIMEOUT.toMillis());
            StompClient client = new StompClient(socket);
            client.write("CONNECT", Map.of("accept-version", "1.2", "host", "127.0.0.1", "login", login,
                    "passcode", passcode, "heart-beat", "0,0"), "");
            client.expect("CONNECTED");
            return client;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot reach the broker's STOMP acceptor on 127.0.0.1:" + port, e);
        }
    }

    /**
     * Sends a persistent text message to an anycast address (a JMS queue) and waits for the broker's receipt. No
     * {@code content-length} header: that is what makes the broker deliver it to JMS consumers as a {@code TextMessage}.
     */
    public void sendText(String address, String body) {
        withReceipt("SEND", Map.of("destination", address, "destination-type", "ANYCAST", "persistent", "true",
                "content-type", "application/json;charset=utf-8"), body);
    }

    /** Subscribes to a multicast address (a JMS topic) with a JMS selector; active once this returns. */
    public void subscribe(String address, String selector) {
        withReceipt("SUBSCRIBE", Map.of("id", "sub-" + receipts, "destination", address, "subscription-type", "MULTICAST",
                "selector", selector, "ack", "auto"), "");
    }

    /** The first {@code MESSAGE} frame within {@code limit} whose body matches; others are passed over. */
    public Optional<Frame> receive(Duration limit, Predicate<String> body) {
        Instant end = Instant.now().plus(limit);
        while (Instant.now().isBefore(end)) {
            try {
                Frame frame = read();
                if (frame.command().equals("MESSAGE") && body.test(frame.body())) {
                    return Optional.of(frame);
                }
            } catch (SocketTimeoutException e) {
                // nothing within the read timeout: look at the limit again
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() throws IOException {
        try {
            write("DISCONNECT", Map.of(), "");
        } finally {
            socket.close();
        }
    }

    private void withReceipt(String command, Map<String, String> headers, String body) {
        String receipt = "r-" + ++receipts;
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("receipt", receipt);
        try {
            write(command, all, body);
            Frame answer = expect("RECEIPT");
            if (!receipt.equals(answer.headers().get("receipt-id"))) {
                throw new AssertionError(command + ": receipt " + answer.headers() + " is not for " + receipt);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(command + " to the broker failed", e);
        }
    }

    private Frame expect(String command) throws IOException {
        Frame frame = read();
        if (!frame.command().equals(command)) {
            throw new AssertionError("Expected " + command + " from the broker, got " + frame);
        }
        return frame;
    }

    private void write(String command, Map<String, String> headers, String body) throws IOException {
        StringBuilder frame = new StringBuilder(command).append('\n');
        headers.forEach((name, value) -> frame.append(name).append(':').append(escape(value)).append('\n'));
        frame.append('\n').append(body).append('\0');
        out.write(frame.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private Frame read() throws IOException {
        String command;
        do {
            command = line();
        } while (command.isEmpty());
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            headers.putIfAbsent(header.substring(0, colon), unescape(header.substring(colon + 1)));
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (headers.containsKey("content-length")) {
            body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
            next();
        } else {
            for (int b = next(); b != 0; b = next()) {
                body.write(b);
            }
        }
        return new Frame(command, headers, body.toString(StandardCharsets.UTF_8));
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = next(); b != '\n'; b = next()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    private int next() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new IOException("The broker closed the STOMP connection");
        }
        return b;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace(":", "\\c").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String value) {
        return value.replace("\\r", "\r").replace("\\n", "\n").replace("\\c", ":").replace("\\\\", "\\");
    }
}
