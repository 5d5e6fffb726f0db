package io.threadline.it;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
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
 * order, then as the provider answers a successful send. The Twilio one also lists the messages it created
 * ({@code GET .../Messages.json?To=&From=}), newest first, including those whose answer came too late to be read.
 */
public final class FakeProvider implements AutoCloseable {

    /** A request as it came, and when ({@code at}). */
    public record Request(String method, String path, String query, String authorization, String contentType, String body,
                          Instant at) {

        public Map<String, String> form() {
            return parameters(body);
        }

        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    record Answer(int status, String body, Duration delay) {
    }

    /** A message Twilio created: a send it answered with 2xx, at the time the request came. */
    private record Created(String sid, String to, String from, String body, ZonedDateTime at) {
    }

    static final int PORT = Integer.getInteger("it.provider.port", 19099);

    private final HttpServer server;
    private final Deque<Answer> script = new ArrayDeque<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<Created> created = new CopyOnWriteArrayList<>();
    private final boolean listsMessages;
    /** Answers in parallel, so a slow answer does not hold up the client's next attempt. */
    private final ExecutorService workers = Executors.newCachedThreadPool();

    /** Twilio: 201 with a new message SID. */
    public static FakeProvider twilio() {
        return new FakeProvider(true, request -> new Answer(201, "{\"sid\": \"SM" + System.nanoTime() + "\", \"status\": \"queued\"}", Duration.ZERO));
    }

    /** Meta's Graph API send endpoints: a WhatsApp message id for a phone-number id, a Messenger/Instagram mid otherwise. */
    static FakeProvider meta() {
        return new FakeProvider(false, request -> request.body().contains("\"messaging_product\"")
                ? new Answer(200, "{\"messaging_product\": \"whatsapp\", \"contacts\": [{\"input\": \"x\", \"wa_id\": \"x\"}], "
                + "\"messages\": [{\"id\": \"wamid.HBg" + System.nanoTime() + "\"}]}", Duration.ZERO)
                : new Answer(200, "{\"recipient_id\": \"x\", \"message_id\": \"m_" + System.nanoTime() + "\"}", Duration.ZERO));
    }

    /** Another API (an ERP's lookup): answers as {@code answers} says until answers are scripted. */
    static FakeProvider answering(Function<Request, Answer> answers) {
        return new FakeProvider(false, answers);
    }

    private FakeProvider(boolean listsMessages, Function<Request, Answer> success) {
        this.listsMessages = listsMessages;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), Instant.now());
            requests.add(request);
            Answer answer;
            if (listsMessages && request.method().equals("GET")) {
                answer = new Answer(200, list(request), Duration.ZERO);
            } else {
                synchronized (script) {
                    answer = script.isEmpty() ? success.apply(request) : script.poll();
                }
                if (listsMessages && answer.status() / 100 == 2) {
                    Map<String, String> form = request.form();
                    created.add(0, new Created(Json.createReader(new StringReader(answer.body())).readObject().getString("sid", "SM-unnamed"),
                            form.get("To"), form.get("From"), form.get("Body"), ZonedDateTime.now(ZoneOffset.UTC)));
                }
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

    /** Twilio's answer to a list request: the messages it created between the {@code To} and {@code From} asked for. */
    private String list(Request request) {
        Map<String, String> query = parameters(request.query() == null ? "" : request.query());
        JsonArrayBuilder messages = Json.createArrayBuilder();
        created.stream().filter(m -> m.to().equals(query.get("To")) && m.from().equals(query.get("From")))
                .forEach(m -> messages.add(Json.createObjectBuilder().add("sid", m.sid()).add("to", m.to()).add("from", m.from())
                        .add("body", m.body()).add("status", "sent")
                        .add("date_created", DateTimeFormatter.RFC_1123_DATE_TIME.format(m.at()))));
        return Json.createObjectBuilder().add("messages", messages).add("page", 0).add("page_size", 50).build().toString();
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

    /** The sends: every request but Twilio's list requests. */
    public List<Request> sends() {
        return requests.stream().filter(r -> r.method().equals("POST")).toList();
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

    /** URL-encoded {@code name=value&...}, as a form body or a query string carries them. */
    private static Map<String, String> parameters(String encoded) {
        return Stream.of(encoded.split("&")).filter(p -> p.contains("="))
                .collect(Collectors.toMap(p -> decode(p.substring(0, p.indexOf('='))), p -> decode(p.substring(p.indexOf('=') + 1))));
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
