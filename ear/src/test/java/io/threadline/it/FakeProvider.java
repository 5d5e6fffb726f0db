package io.threadline.it;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A provider's HTTP API (Twilio's Messages API, Meta's Graph API) as its documentation describes it, on loopback
 * at the test server's configured provider URL: records every request and answers with the scripted responses in
 * order, then as the provider answers a successful send.
 */
final class FakeProvider implements AutoCloseable {

    record Request(String method, String path, String query, String authorization, String contentType, String body) {

        Map<String, String> form() {
            return Stream.of(body.split("&")).filter(p -> p.contains("="))
                    .collect(Collectors.toMap(p -> decode(p.substring(0, p.indexOf('='))), p -> decode(p.substring(p.indexOf('=') + 1))));
        }

        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    record Answer(int status, String body, Duration delay) {
    }

    static final int PORT = Integer.getInteger("it.provider.port", 19099);

    private final HttpServer server;
    private final Deque<Answer> script = new ArrayDeque<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    /** Answers in parallel, so a slow answer does not hold up the client's next attempt. */
    private final ExecutorService workers = Executors.newCachedThreadPool();

    /** Twilio: 201 with a new message SID. */
    static FakeProvider twilio() {
        return new FakeProvider(request -> new Answer(201, "{\"sid\": \"SM" + System.nanoTime() + "\", \"status\": \"queued\"}", Duration.ZERO));
    }

    /** Meta's Graph API send endpoints: a WhatsApp message id for a phone-number id, a Messenger/Instagram mid otherwise. */
    static FakeProvider meta() {
        return new FakeProvider(request -> request.body().contains("\"messaging_product\"")
                ? new Answer(200, "{\"messaging_product\": \"whatsapp\", \"contacts\": [{\"input\": \"x\", \"wa_id\": \"x\"}], "
                + "\"messages\": [{\"id\": \"wamid.HBg" + System.nanoTime() + "\"}]}", Duration.ZERO)
                : new Answer(200, "{\"recipient_id\": \"x\", \"message_id\": \"m_" + System.nanoTime() + "\"}", Duration.ZERO));
    }

    /** Another API (an ERP's lookup): answers as {@code answers} says until answers are scripted. */
    static FakeProvider answering(Function<Request, Answer> answers) {
        return new FakeProvider(answers);
    }

    private FakeProvider(Function<Request, Answer> success) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            requests.add(request);
            Answer answer;
            synchronized (script) {
                answer = script.isEmpty() ? success.apply(request) : script.poll();
            }
            sleep(answer.delay());
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.setExecutor(workers);
        server.start();
    }

    FakeProvider then(int status, String body) {
        return thenAfter(Duration.ZERO, status, body);
    }

    /** A slow answer: the provider takes {@code delay} before it answers. */
    FakeProvider thenAfter(Duration delay, int status, String body) {
        synchronized (script) {
            script.add(new Answer(status, body, delay));
        }
        return this;
    }

    /** The provider has recovered: the scripted answers left are dropped. */
    void answerSuccessfully() {
        synchronized (script) {
            script.clear();
        }
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
