package io.threadline.it.bench;

import io.threadline.it.Api;
import io.threadline.it.FakeProvider;
import io.threadline.it.Messages;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Agents' SMS replies, posted by concurrent clients to {@code POST /api/v1/conversations/{id}/replies} and delivered
 * through the Twilio connector to a Twilio that answers at once ({@link FakeProvider} on the provider port): the
 * reply's attempt and its outcome are each committed on their own around the provider call. Latency: from the API's
 * {@code 202} to the provider receiving the send; throughput: all replies from the first post to the last send
 * received. The sends the provider got more than once are counted: there must be none.
 */
final class ReplyThroughput {

    private static final Duration LIMIT = Duration.ofMinutes(30);

    private final URL base;
    private final int replies;
    private final int clients;

    ReplyThroughput(URL base, int replies, int clients) {
        this.base = base;
        this.replies = replies;
        this.clients = clients;
    }

    LatencyStats run() throws Exception {
        String run = "bench-reply-" + Messages.unique();
        List<Long> conversations = smsConversations();
        Api alice = Api.as(base, "alice");
        Map<String, Instant> accepted = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        try (FakeProvider twilio = FakeProvider.twilio()) {
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            Instant first = Instant.now();
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < replies; i = next.getAndIncrement()) {
                        String text = "Reply " + i + " of " + run;
                        long conversation = conversations.get(i % conversations.size());
                        Api.Reply reply = alice.post("/api/v1/conversations/" + conversation + "/replies",
                                "{\"channel\": \"SMS\", \"text\": \"" + text + "\"}");
                        if (reply.status() != 202) {
                            throw new IllegalStateException("reply " + i + " answered " + reply.status() + ": " + reply.body());
                        }
                        accepted.put(text, Instant.now());
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            Map<String, List<FakeProvider.Request>> sent = awaitSends(twilio, run);
            long twice = sent.values().stream().filter(sends -> sends.size() > 1).count();
            if (twice > 0) {
                throw new AssertionError(twice + " of " + replies + " replies reached the provider more than once");
            }
            long[] latencies = new long[replies];
            Instant last = first;
            int i = 0;
            for (Map.Entry<String, List<FakeProvider.Request>> send : sent.entrySet()) {
                Instant received = send.getValue().get(0).at();
                latencies[i++] = Math.max(0, Duration.between(accepted.get(send.getKey()), received).toMillis());
                last = received.isAfter(last) ? received : last;
            }
            return LatencyStats.of("API reply → provider (SMS, Twilio)", latencies, Duration.between(first, last).toNanos() / 1e9);
        }
    }

    /** Every reply's sends, by text, once the provider has them all. */
    private Map<String, List<FakeProvider.Request>> awaitSends(FakeProvider twilio, String run) throws InterruptedException {
        Instant deadline = Instant.now().plus(LIMIT);
        while (true) {
            Map<String, List<FakeProvider.Request>> sent = twilio.sends().stream()
                    .filter(r -> r.form().getOrDefault("Body", "").endsWith(" of " + run))
                    .collect(Collectors.groupingBy(r -> r.form().get("Body"), Collectors.mapping(Function.identity(), Collectors.toList())));
            if (sent.size() >= replies) {
                return sent;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("only " + sent.size() + " of " + replies + " replies reached the provider");
            }
            Thread.sleep(250);
        }
    }

    /** Conversations SMS senders opened (the JMS and HTTP runs made them), to reply in. */
    private static List<Long> smsConversations() throws Exception {
        DataSource db = (DataSource) new InitialContext().lookup("jdbc/threadline");
        List<Long> ids = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT DISTINCT CONVERSATION_ID FROM TIMELINE_ENTRY WHERE CHANNEL = 'SMS' AND DIRECTION = 'INBOUND'")) {
            s.setMaxRows(1_000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no SMS conversation to reply in");
        }
        return ids;
    }
}
