package io.threadline.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two Threadline servers sharing PostgreSQL and Artemis take messages from many senders through both APIs, as behind
 * a load balancer; in the middle one of them is killed with SIGKILL and started again. Clients whose request failed
 * send it to the other server (and, refused by both, again a second later), and one message in ten is sent twice, to
 * the other server, as a provider retries.
 * Afterwards every accepted message is on its customer's timeline exactly once, every sender is one customer, and every
 * conversation's SLA breach (a 20 s first response target, due while one server is down and while both run) was
 * recorded once and escalated once by the automation rule on it, though both servers check SLAs.
 * As docs/deployment.md advises, the first server keeps the schema up to date and the second leaves it alone.
 *
 * <p>Not part of the test command (it takes minutes); docs/deployment.md has the command. Runs in the PostgreSQL run
 * of the build, with the build's Artemis broker: {@code -Dsoak.messages} (3000), {@code -Dsoak.senders} (400).
 */
class TwoServersSoak {

    private static final int MESSAGES = Integer.getInteger("soak.messages", 3000);
    private static final int SENDERS = Integer.getInteger("soak.senders", 400);
    private static final int CLIENTS = 8;
    /** The share of the messages sent when the second server is killed. */
    private static final double KILL_AT = 0.4;
    private static final Duration DOWN_FOR = Duration.ofSeconds(15);
    /** How long the killed server may take to recover its transactions and answer ready again. */
    private static final Duration RECOVERY_LIMIT = Duration.ofMinutes(10);
    /** How long after the last message every accepted one may take to reach its timeline. */
    private static final Duration DRAIN_LIMIT = Duration.ofMinutes(5);
    /**
     * A message both servers refuse (one is down, the other's queue is full and answers 503) is sent again later, as
     * Twilio and Meta retry a webhook; they give up after hours, the soak after this.
     */
    private static final Duration PROVIDER_GIVES_UP_AFTER = Duration.ofMinutes(3);
    private static final Duration PROVIDER_RETRIES_AFTER = Duration.ofSeconds(1);
    /** Short enough that breaches fall due while the second server is down and while both run. */
    private static final Duration FIRST_RESPONSE_TARGET = Duration.ofSeconds(20);
    private static final Predicate<String> SLA_BREACHED =
            Pattern.compile("SLA breached: the first response.*", Pattern.DOTALL).asMatchPredicate();
    private static final Predicate<String> ESCALATED =
            Pattern.compile("automation escalated it to billing.*", Pattern.DOTALL).asMatchPredicate();

    private static ServerCopy.Pair servers;

    @BeforeAll
    static void createServers() throws IOException, InterruptedException {
        assumeTrue("postgresql".equals(System.getProperty("it.db")), "the soak runs in the PostgreSQL run only");
        servers = ServerCopy.startPairOnArtemis("soak", 21,
                List.of("-Dcrm.demo.seed=false", "-Dcrm.demo.accounts-allowed=true", "-Dcrm.sla.check-interval=PT1S"));
    }

    @AfterAll
    static void removeServers() throws IOException, InterruptedException {
        if (servers != null) {
            servers.remove();
        }
    }

    @Test
    void everyAcceptedMessageIsOnItsTimelineOnceThoughAServerWasKilled() throws Exception {
        String run = Messages.unique();
        List<String> senders = senders(run);
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failovers = new AtomicInteger();
        AtomicInteger retries = new AtomicInteger();
        AtomicInteger refusedByBoth = new AtomicInteger();
        Configuration configuration = new Configuration(servers.first().base());
        configuration.create("sla-policies", """
                {"name": "Soak %1$s", "position": 1, "when": {"all": [{"field": "text", "op": "containsWord", "value": "%1$s"}]},
                 "targets": {"firstResponse": "%2$s"}}""".formatted(run, FIRST_RESPONSE_TARGET));
        configuration.create("automation-rules", """
                {"name": "Escalate soak breaches %1$s", "position": 1, "on": "sla.breached",
                 "when": {"all": [{"field": "text", "op": "containsWord", "value": "%1$s"}]},
                 "do": [{"action": "escalate", "team": "billing", "reason": "SLA breached"}]}""".formatted(run));
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        Instant started = Instant.now();
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            work.add(clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < MESSAGES; i = next.getAndIncrement()) {
                    String externalId = "soak-" + run + "-" + i;
                    String sender = senders.get(i % senders.size());
                    String body = Messages.canonical(sender.startsWith("+") ? "SMS" : "EMAIL", externalId, sender, null,
                            "Message " + i + " of the soak " + run, null);
                    ServerCopy to = i % 2 == 0 ? servers.first() : servers.second();
                    ServerCopy other = to == servers.first() ? servers.second() : servers.first();
                    Instant givingUp = Instant.now().plus(PROVIDER_GIVES_UP_AFTER);
                    boolean taken = send(to, body);
                    while (!taken && Instant.now().isBefore(givingUp)) {
                        failovers.incrementAndGet();
                        taken = send(other, body);
                        if (!taken) {
                            refusedByBoth.incrementAndGet();
                            Thread.sleep(PROVIDER_RETRIES_AFTER.toMillis());
                            taken = send(to, body);
                        }
                    }
                    if (taken) {
                        accepted.add(externalId);
                    }
                    if (i % 10 == 0 && send(other, body)) {
                        retries.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        Eventually.get("the kill point", Duration.ofMinutes(10),
                () -> Optional.of(next.get()).filter(n -> n >= MESSAGES * KILL_AT));
        Duration killedAt = Duration.between(started, Instant.now());
        servers.second().kill();
        Thread.sleep(DOWN_FOR.toMillis());
        Instant restart = Instant.now();
        servers.second().start(RECOVERY_LIMIT);
        Duration recovery = Duration.between(restart, Instant.now());
        for (Future<?> client : work) {
            client.get(30, TimeUnit.MINUTES);
        }
        clients.shutdown();
        Duration sending = Duration.between(started, Instant.now());

        Timeline timeline = new Timeline(Api.as(servers.first().base(), "alice"));
        Instant drainLimit = Instant.now().plus(DRAIN_LIMIT);
        Map<String, Integer> settled = countOnTimelines(timeline, senders, run);
        while (settled.size() < accepted.size() && Instant.now().isBefore(drainLimit)) {
            Thread.sleep(5_000);
            settled = countOnTimelines(timeline, senders, run);
        }
        Duration drained = Duration.between(started, Instant.now());
        Thread.sleep(5_000);
        settled = countOnTimelines(timeline, senders, run);
        Map<String, Integer> onTimelines = settled;
        List<String> lost = accepted.stream().filter(id -> !onTimelines.containsKey(id)).sorted().toList();
        List<String> doubled = settled.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).sorted().toList();
        long senderCustomers = senders.stream().filter(s -> timeline.customersWith(s).size() > 1).count();

        Map<Long, List<String>> conversations = Eventually.get("a breach in every conversation", DRAIN_LIMIT, () ->
                Optional.of(soakConversations(timeline, senders, run))
                        .filter(c -> c.values().stream().allMatch(texts -> texts.stream().anyMatch(SLA_BREACHED))));
        Thread.sleep(5_000);
        conversations = soakConversations(timeline, senders, run);
        List<Long> breachedTwice = conversations.entrySet().stream()
                .filter(c -> c.getValue().stream().filter(SLA_BREACHED).count() != 1).map(Map.Entry::getKey).toList();
        List<Long> escalatedTwice = conversations.entrySet().stream()
                .filter(c -> c.getValue().stream().filter(ESCALATED).count() != 1).map(Map.Entry::getKey).toList();
        configuration.removeAll();

        System.out.printf("%nTwo-server soak %s: %d messages from %d senders, %d accepted, %d retries of accepted messages,"
                        + " %d failovers, %d refused by both and sent again later;"
                        + " second server killed at %.1f s, started again after %d s down, ready in %.1f s;"
                        + " all sent in %.1f s, timelines settled after %.1f s; lost %d %s, doubled %d %s, senders with several customers %d;"
                        + " %d conversations breached their SLA, not once %d %s, escalated not once %d %s%n",
                run, MESSAGES, senders.size(), accepted.size(), retries.get(), failovers.get(), refusedByBoth.get(), killedAt.toMillis() / 1000.0,
                DOWN_FOR.toSeconds(), recovery.toMillis() / 1000.0, sending.toMillis() / 1000.0, drained.toMillis() / 1000.0,
                lost.size(), lost.stream().limit(10).toList(), doubled.size(), doubled.stream().limit(10).toList(), senderCustomers,
                conversations.size(), breachedTwice.size(), breachedTwice.stream().limit(10).toList(), escalatedTwice.size(),
                escalatedTwice.stream().limit(10).toList());
        assertEquals(MESSAGES, accepted.size(), "every message was accepted by one server or the other");
        assertEquals(List.of(), lost, "accepted but not on a timeline");
        assertEquals(List.of(), doubled, "on a timeline more than once");
        assertEquals(0, senderCustomers, "senders who became several customers");
        assertEquals(List.of(), breachedTwice, "conversations whose SLA breach was recorded other than once");
        assertEquals(List.of(), escalatedTwice, "conversations the automation on the breach escalated other than once");
    }

    /** The texts on the timeline of each conversation the run's messages are in, by conversation id. */
    private static Map<Long, List<String>> soakConversations(Timeline timeline, List<String> senders, String run) {
        Map<Long, List<String>> texts = new HashMap<>();
        customerIds(timeline, senders).forEach(id -> {
            List<JsonObject> entries = timeline.entriesOf(id);
            entries.stream().filter(e -> e.getString("externalId", "").startsWith("soak-" + run + "-"))
                    .map(e -> e.getJsonNumber("conversationId").longValue()).distinct()
                    .forEach(conversation -> texts.put(conversation, entries.stream()
                            .filter(e -> e.getJsonNumber("conversationId").longValue() == conversation)
                            .map(e -> e.getString("text", "")).toList()));
        });
        return texts;
    }

    private static Stream<Long> customerIds(Timeline timeline, List<String> senders) {
        return senders.stream().flatMap(s -> timeline.customersWith(s).stream())
                .map(customer -> customer.getJsonNumber("id").longValue()).distinct();
    }

    /** Whether the server accepted the message; a server that is down or failing refuses it. */
    private static boolean send(ServerCopy server, String body) {
        try {
            int status = Api.as(server.base(), "erp").post("/api/v1/messages", body).status();
            return status == 202 || status == 200;
        } catch (UncheckedIOException down) {
            return false;
        }
    }

    /** How often each of the run's messages is on the senders' timelines, by external id. */
    private static Map<String, Integer> countOnTimelines(Timeline timeline, List<String> senders, String run) {
        return customerIds(timeline, senders).flatMap(id -> timeline.entriesOf(id).stream())
                .map(entry -> entry.getString("externalId", ""))
                .filter(id -> id.startsWith("soak-" + run + "-"))
                .collect(Collectors.toMap(id -> id, id -> 1, Integer::sum));
    }

    /** Half SMS numbers, half email addresses, all new. */
    private static List<String> senders(String run) {
        int exchange = 220 + ThreadLocalRandom.current().nextInt(70);
        List<String> senders = new ArrayList<>();
        for (int s = 0; s < SENDERS; s++) {
            senders.add(s % 2 == 0 ? String.format("+1415%03d%04d", exchange, s) : "soak-" + run + "-" + s + "@example.com");
        }
        return senders;
    }
}
