package io.threadline.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An SLA breach that falls due while the server is down fires once after it starts again, and the automation rule
 * on it escalates the conversation once. Runs outside the
 * Arquillian server, on a server of its own made from the test server's configuration (other ports, its own
 * Derby data, the plain EAR), which it starts, stops while the breach is due, starts again and removes.
 */
class SlaAcrossRestartIT {

    private static final int PORT_OFFSET = 7;
    private static Path wlp;
    private static String server;
    private static URL base;

    @BeforeAll
    static void createServer() throws IOException {
        wlp = Path.of(System.getProperty("wlp.home"));
        String template = System.getProperty("it.server");
        server = template + "-restart";
        Path from = wlp.resolve("usr/servers").resolve(template);
        Path to = wlp.resolve("usr/servers").resolve(server);
        delete(to);
        Files.createDirectories(to.resolve("dropins"));
        copyTree(from.resolve("includes"), to.resolve("includes"));
        for (String file : new String[]{"server.xml", "jvm.options", "server.env"}) {
            if (Files.exists(from.resolve(file))) {
                Files.copy(from.resolve(file), to.resolve(file));
            }
        }
        Files.writeString(to.resolve("jvm.options"), "\n-Dcrm.sla.check-interval=PT1S\n-Dcrm.demo.seed=false\n-Dcrm.demo.accounts-allowed=true\n",
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        Properties bootstrap = new Properties();
        try (var reader = Files.newBufferedReader(from.resolve("bootstrap.properties"))) {
            bootstrap.load(reader);
        }
        int http = Integer.parseInt(bootstrap.getProperty("http.port")) + PORT_OFFSET;
        bootstrap.setProperty("http.port", String.valueOf(http));
        bootstrap.setProperty("https.port", String.valueOf(Integer.parseInt(bootstrap.getProperty("https.port")) + PORT_OFFSET));
        bootstrap.setProperty("jms.port", String.valueOf(Integer.parseInt(bootstrap.getProperty("jms.port")) + PORT_OFFSET));
        try (var writer = Files.newBufferedWriter(to.resolve("bootstrap.properties"))) {
            bootstrap.store(writer, "The SLA restart test's server");
        }
        Files.copy(Path.of("target/threadline.ear"), to.resolve("dropins/threadline.ear"), StandardCopyOption.REPLACE_EXISTING);
        base = new URL("http://127.0.0.1:" + http + "/");
    }

    @AfterAll
    static void removeServer() throws Exception {
        run("stop");
        delete(wlp.resolve("usr/servers").resolve(server));
    }

    @Test
    void aBreachDueWhileTheServerIsDownFiresOnceAfterItStarts() throws Exception {
        start();
        String run = Messages.unique();
        Configuration configuration = new Configuration(base);
        configuration.create("sla-policies", """
                {"name": "Restart %1$s", "position": 1, "when": {"all": [{"field": "text", "op": "containsWord", "value": "%1$s"}]},
                 "targets": {"firstResponse": "PT40S"}}""".formatted(run));
        configuration.create("automation-rules", """
                {"name": "Escalate breaches %1$s", "position": 1, "on": "sla.breached",
                 "when": {"all": [{"field": "text", "op": "containsWord", "value": "%1$s"}]},
                 "do": [{"action": "escalate", "team": "billing", "reason": "SLA breached"}]}""".formatted(run));
        String phone = Messages.uniquePhone();
        String text = "Is anybody there? " + run;
        Api.as(base, "erp").post("/api/v1/messages", Messages.canonical("SMS", "r-" + run, phone, null, text, null));
        Timeline timeline = new Timeline(Api.as(base, "alice"));
        long customer = timeline.customerWith(phone).getJsonNumber("id").longValue();
        long id = timeline.entryWithText(customer, text).getJsonNumber("conversationId").longValue();
        Instant due = Instant.parse(conversation(id).getJsonObject("sla").getString("firstResponseDueAt"));
        assertTrue(conversation(id).getJsonObject("sla").getJsonArray("breaches").isEmpty());

        run("stop");
        assertTrue(Instant.now().isBefore(due), "the server stopped before the breach was due (" + due + ")");
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), due).toMillis()) + 2_000);
        start();

        JsonObject breached = Eventually.get("the breach after the restart", Duration.ofSeconds(60), () ->
                Optional.of(conversation(id)).filter(c -> !c.getJsonObject("sla").getJsonArray("breaches").isEmpty()));
        assertEquals("FIRST_RESPONSE", breached.getJsonObject("sla").getJsonArray("breaches").getJsonObject(0).getString("target"));
        Thread.sleep(3_000);
        assertEquals(1, conversation(id).getJsonObject("sla").getJsonArray("breaches").size());
        assertEquals(1, timeline.entriesOf(customer).stream()
                .filter(e -> e.getString("text", "").startsWith("SLA breached: the first response")).count());
        assertEquals("billing", conversation(id).getString("queue"));
        assertEquals(1, timeline.entriesOf(customer).stream()
                .filter(e -> e.getString("text", "").startsWith("automation escalated it to billing")).count(), "escalated once");
        configuration.removeAll();
    }

    private static JsonObject conversation(long id) {
        Api.Reply reply = Api.as(base, "alice").get("/api/v1/conversations/" + id);
        assertEquals(200, reply.status(), reply.body());
        return reply.object();
    }

    private static void start() throws Exception {
        run("start");
        Eventually.get("the restart server ready", Duration.ofSeconds(180), () -> {
            try {
                return Optional.of(Api.as(base, null).get("health/ready")).filter(r -> r.status() == 200);
            } catch (RuntimeException notYet) {
                return Optional.empty();
            }
        });
    }

    private static void run(String action) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, server)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(180, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("server " + action + " " + server + " did not finish in 180 s");
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
