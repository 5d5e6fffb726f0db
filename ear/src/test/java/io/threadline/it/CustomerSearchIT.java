package io.threadline.it;

import io.threadline.search.SearchKeysBackfill;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search through the API: customers by phone in another format and by email, messages by text, conversations by
 * subject; rows of an earlier release, without search keys, are filled in and found.
 */
class CustomerSearchIT extends ContainerTest {

    @Test
    void findsACustomerByAnyIdentityTheirConversationBySubjectAndTheirMessageByText() {
        Api erp = Api.as(base, "erp");
        Api alice = Api.as(base, "alice");
        Timeline timeline = new Timeline(alice);
        String run = Messages.unique();
        String name = "Ines Varga " + run;
        String email = "ines." + run + "@example.com";
        String phone = Messages.uniquePhone();
        String subject = "Broken zipper on parka " + run;
        String text = "The zipper of my parka " + run + " broke after two days. Can I get a replacement?";

        erp.post("/api/v1/messages", "{\"channel\":\"EMAIL\",\"externalId\":\"<s" + run + "@mail.example.com>\",\"from\":{\"handle\":\""
                + email + "\",\"name\":\"" + name + "\"},\"subject\":\"" + subject + "\",\"text\":\"" + text + "\"}");
        long customer = timeline.customerWith(email).getJsonNumber("id").longValue();
        JsonObject entry = timeline.entryWithText(customer, text);
        long conversation = entry.getJsonNumber("conversationId").longValue();
        assertEquals(201, alice.post("/api/v1/customers/" + customer + "/identities",
                "{\"type\": \"PHONE\", \"value\": \"" + phone + "\"}").status());

        String national = "(" + phone.substring(2, 5) + ") " + phone.substring(5, 8) + "-" + phone.substring(8);
        JsonObject byPhone = customers(alice, national).get(0);
        assertEquals(customer, byPhone.getJsonNumber("id").longValue(), "a phone number typed the way people write it");
        assertEquals(name, byPhone.getString("name"));
        assertEquals(conversation, byPhone.getJsonNumber("latestConversationId").longValue());
        assertEquals(1, byPhone.getJsonNumber("openConversations").longValue());
        assertEquals(List.of(email, phone), byPhone.getJsonArray("identities").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("value")).toList());
        assertEquals(customer, customers(alice, "INES." + run.toUpperCase() + "@Example.com").get(0).getJsonNumber("id").longValue(),
                "an email in any case");
        assertEquals(customer, customers(alice, "varga " + run).get(0).getJsonNumber("id").longValue(), "part of the name");

        JsonObject byText = search(alice, "parka " + run + " broke", "").getJsonObject("messages").getJsonArray("hits").getJsonObject(0);
        assertEquals(entry.getJsonNumber("id").longValue(), byText.getJsonNumber("entryId").longValue());
        assertEquals(conversation, byText.getJsonNumber("conversationId").longValue());
        assertEquals(name, byText.getString("customerName"));
        assertEquals("EMAIL", byText.getString("channel"));
        JsonObject snippet = byText.getJsonObject("snippet");
        assertEquals("parka " + run + " broke", snippet.getString("match"));
        assertEquals("The zipper of my ", snippet.getString("before"));
        assertTrue(snippet.getString("after").startsWith(" after two days"), snippet.toString());

        JsonObject bySubject = search(alice, "ZIPPER ON PARKA " + run, "").getJsonObject("conversations");
        assertEquals(List.of(conversation), bySubject.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getJsonNumber("id").longValue()).toList());
        assertEquals(subject, bySubject.getJsonArray("hits").getJsonObject(0).getString("subject"));
        assertFalse(bySubject.getBoolean("more"));
    }

    @Test
    void notesAreFoundAndResultsArePagedPerGroup() {
        Api erp = Api.as(base, "erp");
        Api bob = Api.as(base, "bob");
        Timeline timeline = new Timeline(bob);
        String run = Messages.unique();
        String phone = Messages.uniquePhone();
        for (int i = 0; i < 3; i++) {
            erp.post("/api/v1/messages", Messages.canonical("SMS", "pg" + i + run, phone, null, "refund " + run + " number " + i, null));
        }
        long customer = timeline.customerWith(phone).getJsonNumber("id").longValue();
        long conversation = timeline.entryWithText(customer, "refund " + run + " number 2").getJsonNumber("conversationId").longValue();
        assertEquals(201, bob.post("/api/v1/conversations/" + conversation + "/notes", "{\"text\": \"checked refund " + run + " with billing\"}").status());

        JsonObject first = search(bob, "refund " + run, "&limit=2").getJsonObject("messages");
        assertEquals(2, first.getJsonArray("hits").size());
        assertTrue(first.getBoolean("more"));
        JsonObject second = search(bob, "refund " + run, "&limit=2&group=messages&offset=2").getJsonObject("messages");
        assertEquals(2, second.getJsonArray("hits").size());
        assertFalse(second.getBoolean("more"));
        assertTrue(second.getJsonArray("hits").getValuesAs(JsonObject.class).stream().anyMatch(h -> "NOTE".equals(h.getString("type")))
                || first.getJsonArray("hits").getValuesAs(JsonObject.class).stream().anyMatch(h -> "NOTE".equals(h.getString("type"))),
                "internal notes are searched too");
        assertEquals(0, search(bob, "refund " + run, "&group=messages&offset=2").getJsonObject("customers").getJsonArray("hits").size(),
                "paging one group leaves the others out");
    }

    @Test
    void aQueryShorterThanTwoCharactersIsRefusedAndOnlyPeopleSearch() {
        Api alice = Api.as(base, "alice");
        Api.Reply shortQuery = alice.get("/api/v1/search?q=%20a%20");
        assertEquals(400, shortQuery.status());
        assertEquals("q", shortQuery.object().getString("field"));
        assertEquals("q: type at least 2 characters to search", shortQuery.object().getString("message"));
        assertEquals(400, alice.get("/api/v1/search").status());
        assertEquals("limit", alice.get("/api/v1/search?q=ab&limit=500").object().getString("field"));
        assertEquals("group", alice.get("/api/v1/search?q=ab&group=orders").object().getString("field"));
        assertEquals(403, Api.as(base, "erp").get("/api/v1/search?q=sarah").status());
    }

    @Test
    void rowsWrittenBeforeSearchExistedAreFilledInAndFoundAgain() throws Exception {
        Api alice = Api.as(base, "alice");
        String run = Messages.unique();
        String email = "olga." + run + "@example.com";
        String text = "Where is my voucher " + run + "?";
        Api.as(base, "erp").post("/api/v1/messages", "{\"channel\":\"EMAIL\",\"externalId\":\"<b" + run
                + "@mail.example.com>\",\"from\":{\"handle\":\"" + email + "\",\"name\":\"Olga Berg " + run
                + "\"},\"subject\":\"Voucher " + run + "\",\"text\":\"" + text + "\"}");
        Timeline timeline = new Timeline(alice);
        long customer = timeline.customerWith(email).getJsonNumber("id").longValue();
        long conversation = timeline.entryWithText(customer, text).getJsonNumber("conversationId").longValue();
        // As in a database of an earlier release: the search columns are empty.
        execute("UPDATE CUSTOMER SET NAME_KEY = NULL WHERE ID = " + customer);
        execute("UPDATE CONVERSATION SET SUBJECT_KEY = NULL WHERE ID = " + conversation);
        execute("UPDATE TIMELINE_ENTRY SET SEARCH_TEXT = NULL WHERE CUSTOMER_ID = " + customer);
        assertTrue(customers(alice, "olga berg " + run).isEmpty(), "not found while the keys are empty");
        assertTrue(hits(alice, "voucher " + run, "messages").isEmpty());

        SearchKeysBackfill backfill = (SearchKeysBackfill) Jms.lookup(
                "java:app/threadline-ejb/SearchKeysBackfill!io.threadline.search.SearchKeysBackfill");
        SearchKeysBackfill.Filled filled = backfill.fillAll();

        assertTrue(filled.customers() >= 1 && filled.conversations() >= 1 && filled.entries() >= 1, filled.toString());
        assertEquals(customer, customers(alice, "olga berg " + run).get(0).getJsonNumber("id").longValue());
        assertEquals(List.of(conversation), hits(alice, "voucher " + run, "conversations").stream()
                .map(h -> h.getJsonNumber("id").longValue()).toList());
        assertFalse(hits(alice, "voucher " + run, "messages").isEmpty(), "the message is found again");
        assertEquals(new SearchKeysBackfill.Filled(0, 0, 0), backfill.fillAll(), "nothing is left to fill");
    }

    private static List<JsonObject> hits(Api api, String q, String group) {
        return search(api, q, "").getJsonObject(group).getJsonArray("hits").getValuesAs(JsonObject.class);
    }

    private static void execute(String sql) throws Exception {
        DataSource db = (DataSource) Jms.lookup("jdbc/threadline");
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<JsonObject> customers(Api api, String q) {
        return search(api, q, "").getJsonObject("customers").getJsonArray("hits").getValuesAs(JsonObject.class);
    }

    private static JsonObject search(Api api, String q, String more) {
        Api.Reply reply = api.get("/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + more);
        assertEquals(200, reply.status(), reply.body());
        return reply.object();
    }
}
