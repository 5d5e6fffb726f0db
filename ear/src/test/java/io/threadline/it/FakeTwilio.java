package io.threadline.it;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Twilio's Messages API as its documentation describes it, on loopback (the test server's
 * crm.channels.twilio.api-url): records every request and answers with the scripted responses in order,
 * then with 201 and a message SID.
 */
final class FakeTwilio implements AutoCloseable {

    record Request(String method, String path, String authorization, Map<String, String> form) {
    }

    private record Answer(int status, String body) {
    }

    static final int PORT = Integer.getInteger("it.provider.port", 19099);

    private final HttpServer server;
    private final Deque<Answer> script = new ArrayDeque<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    FakeTwilio() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"), form(body)));
            Answer answer;
            synchronized (script) {
                answer = script.isEmpty() ? new Answer(201, "{\"sid\": \"SM" + System.nanoTime() + "\", \"status\": \"queued\"}")
                        : script.poll();
            }
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    FakeTwilio then(int status, String body) {
        synchronized (script) {
            script.add(new Answer(status, body));
        }
        return this;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static Map<String, String> form(String body) {
        return Stream.of(body.split("&")).filter(p -> p.contains("="))
                .collect(Collectors.toMap(p -> decode(p.substring(0, p.indexOf('='))), p -> decode(p.substring(p.indexOf('=') + 1))));
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
