package io.threadline.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two servers sharing PostgreSQL and Artemis, as behind a load balancer: what an agent does on one server reaches the
 * chat visitor and the other agents connected to the other, and an editor's article the other's search, through the
 * events topic. Runs in the PostgreSQL run with
 * the build's Artemis broker, on two servers of its own made from the test server's configuration.
 */
class LiveAcrossServersIT {

    /** A reply goes to whichever server's MDB takes it; so many replies that one is delivered by each, but for 1 in 4096. */
    private static final int REPLIES = 12;

    private static ServerCopy.Pair servers;

    @BeforeAll
    static void createServers() throws IOException, InterruptedException {
        assumeTrue("postgresql".equals(System.getProperty("it.db")), "two servers share PostgreSQL only");
        assumeTrue(listening(Integer.parseInt(System.getProperty("it.artemis.port"))),
                "the build's Artemis broker runs (-Partemis)");
        servers = ServerCopy.startPairOnArtemis("live", 25,
                List.of("-Dcrm.demo.seed=false", "-Dcrm.demo.accounts-allowed=true"));
    }

    @AfterAll
    static void removeServers() throws IOException, InterruptedException {
        if (servers != null) {
            servers.remove();
        }
    }

    @Test
    void anAgentOnOneServerTypesAndRepliesToAVisitorConnectedToTheOther() {
        try (ChatClient chat = ChatClient.connect(servers.first().base())) {
            String visitorId = chat.hello(null).getString("visitorId");
            chat.say("q1", "Where is my parcel?");
            Api alice = Api.as(servers.second().base(), "alice");
            Timeline timeline = new Timeline(alice);
            long customer = timeline.customerWith(visitorId).getJsonNumber("id").longValue();
            long conversation = timeline.entryWithText(customer, "Where is my parcel?")
                    .getJsonNumber("conversationId").longValue();

            Api.Reply typing = alice.post("/api/v1/conversations/" + conversation + "/typing", null);
            assertEquals(202, typing.status(), typing.body());
            assertEquals(0, typing.object().getInt("socketsReached"), "no socket of the visitor on the second server");
            assertEquals("alice", chat.next("typing").getString("author"));

            boolean deliveredElsewhere = false;
            for (int i = 1; i <= REPLIES && !deliveredElsewhere; i++) {
                Api.Reply reply = alice.post("/api/v1/conversations/" + conversation + "/replies",
                        "{\"channel\": \"CHAT\", \"text\": \"Answer " + i + "\"}");
                assertEquals(202, reply.status(), reply.body());
                long entryId = reply.object().getJsonNumber("entryId").longValue();

                JsonObject message = chat.next("message", frame -> frame.getString("id").equals("reply-" + entryId));
                assertEquals("Answer " + i, message.getString("text"));
                String status = Eventually.get("the outcome of reply " + entryId, Duration.ofSeconds(30), () ->
                        timeline.entriesOf(customer).stream().filter(e -> e.getJsonNumber("id").longValue() == entryId)
                                .map(e -> e.getString("deliveryStatus")).filter(s -> !s.equals("PENDING")).findFirst());
                // DELIVERED: the first server took the reply from the queue and pushed it to its own socket; SENT: the
                // second did, found no socket, and the first pushed it on hearing reply.status.
                deliveredElsewhere = status.equals("SENT");
            }
            assertTrue(deliveredElsewhere, "a reply the second server delivered reached the visitor on the first");
        }
    }

    @Test
    void agentsOnDifferentServersSeeEachOtherViewingAndTyping() {
        String phone = Messages.uniquePhone();
        Api.Reply sent = Api.as(servers.first().base(), "erp").post("/api/v1/messages",
                Messages.canonical("SMS", "SM" + Messages.unique(), phone, null, "My order never came", null));
        assertEquals(202, sent.status(), sent.body());
        Timeline timeline = new Timeline(Api.as(servers.first().base(), "alice"));
        long customer = timeline.customerWith(phone).getJsonNumber("id").longValue();
        long conversation = timeline.entryWithText(customer, "My order never came").getJsonNumber("conversationId").longValue();

        URL first = servers.first().base();
        URL second = servers.second().base();
        try (ChatClient alicesPage = ChatClient.presence(first, conversation, Api.signIn(first, "alice"))) {
            assertEquals(List.of(), agents(alicesPage.next("viewers")));
            try (ChatClient bobsPage = ChatClient.presence(second, conversation, Api.signIn(second, "bob"))) {
                bobsPage.next("viewers", frame -> agents(frame).equals(List.of("alice")));
                alicesPage.next("viewers", frame -> agents(frame).equals(List.of("bob")));

                bobsPage.send("{\"type\":\"typing\"}");
                assertEquals("bob", alicesPage.next("typing").getString("agent"));
            }
            alicesPage.next("viewers", frame -> agents(frame).isEmpty());
        }
    }

    @Test
    void anArticleSavedOnOneServerIsFoundOnTheOtherAndAReindexOnOneRebuildsBoth() throws SQLException {
        String word = "quillet" + Messages.unique().toLowerCase().replaceAll("[^a-z]", "");
        Api.Reply saved = Api.as(servers.first().base(), "sam").post("/api/v1/knowledge/articles", """
                {"title": "Gift wrapping with %s", "body": "We wrap gifts for free.", "language": "en",
                 "category": "Orders", "status": "published"}""".formatted(word));
        assertEquals(201, saved.status(), saved.body());
        long id = saved.object().getJsonNumber("id").longValue();
        HelpArticles.awaitFound(servers.second().base(), word, "en", id);

        // Changed behind the application's back (a restore, a script): no event, so neither index knows.
        String renamed = "tumbrel" + Messages.unique().toLowerCase().replaceAll("[^a-z]", "");
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + System.getProperty("it.pg.port")
                + "/threadline?connectTimeout=10&socketTimeout=60", "threadline", "threadline");
             PreparedStatement rename = db.prepareStatement("UPDATE KNOWLEDGE_ARTICLE SET TITLE = ? WHERE ID = ?")) {
            rename.setString(1, "Gift wrapping with " + renamed);
            rename.setLong(2, id);
            assertEquals(1, rename.executeUpdate());
        }
        assertEquals(List.of(), articleSearch(servers.second().base(), renamed));

        BatchJobs jobs = new BatchJobs(servers.first().base());
        long instance = jobs.start("knowledge-reindex", Map.of());
        assertEquals("COMPLETED", jobs.finalStatus(instance));
        assertTrue(jobs.exitStatus(instance).matches("INDEXED \\d+ published articles; the other servers rebuild theirs"),
                jobs.exitStatus(instance));
        HelpArticles.awaitFound(servers.first().base(), renamed, "en", id);
        HelpArticles.awaitFound(servers.second().base(), renamed, "en", id);
    }

    private static List<Long> articleSearch(URL server, String word) {
        Api.Reply found = Api.as(server, "sam").get("/api/v1/knowledge/articles?q=" + word + "&lang=en");
        assertEquals(200, found.status(), found.body());
        return found.array().getValuesAs(JsonObject.class).stream().map(a -> a.getJsonNumber("id").longValue()).toList();
    }

    private static List<String> agents(JsonObject viewers) {
        return viewers.getJsonArray("agents").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
