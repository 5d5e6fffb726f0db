package io.threadline.it;

import jakarta.jms.Message;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static io.threadline.it.ErpMessages.envelope;
import static io.threadline.it.ErpMessages.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ERP talks to Threadline on jms/crm/ErpQueue: customers, orders, shipments and store visits land on the profile. */
class ErpIT extends ContainerTest {

    @Test
    void anOrderBeforeItsCustomerWaitsThenTheCustomerJoinsEmailAndPhoneIntoOneProfileWithItsValue() {
        Api erp = Api.as(base, "erp");
        Api alice = Api.as(base, "alice");
        Timeline timeline = new Timeline(alice);
        String run = Messages.unique();
        String email = "helen." + run + "@example.com";
        String phone = Messages.uniquePhone();
        String number = ErpMessages.customerNumber();
        String orderNumber = ErpMessages.orderNumber();
        erp.post("/api/v1/messages", Messages.canonical("EMAIL", "<" + run + "@mail.example.com>", email, "Helen Park",
                "Hello, a question about my order.", "2026-11-20T10:00:00Z"));
        erp.post("/api/v1/messages", Messages.canonical("SMS", "sms-" + run, phone, null, "It's Helen, by text.",
                "2026-11-20T11:00:00Z"));
        long byEmail = id(timeline.customerWith(email));
        long byPhone = id(timeline.customerWith(phone));
        assertTrue(byEmail != byPhone);

        Jms.sendToErp(envelope("order.upsert", "2026-11-21T08:00:00Z",
                order(orderNumber, number, "placed", "2026-11-21T07:59:00Z", "EUR", 3, "43.30")));
        Jms.sendToErp(ErpMessages.customer(number, "Helen", "Park", "Gold", email, phone, "2026-11-21T09:00:00Z"));

        JsonObject profile = Eventually.get("the ERP customer and the order on the email's profile", Duration.ofSeconds(30), () ->
                Optional.of(timeline.customerWith(email)).filter(c -> c.get("enrichment") instanceof JsonObject e
                        && e.getInt("orderCount") == 1));
        long helen = id(profile);
        assertEquals(helen, id(timeline.customerWith(phone)), "the ERP record's email and phone are one customer");
        JsonObject enrichment = profile.getJsonObject("enrichment");
        assertEquals(number, enrichment.getString("erpCustomerNumber"));
        assertEquals("Gold", enrichment.getString("segment"));
        assertEquals(Json.createObjectBuilder().add("amount", "129.90").add("currency", "EUR").add("display", "EUR 129.90").build(),
                enrichment.getJsonObject("lifetimeValue"));
        assertEquals(1, enrichment.getInt("orderCount"));
        assertEquals(orderNumber, enrichment.getString("lastOrderNumber"));
        assertEquals("2026-11-21T07:59:00Z", enrichment.getString("lastOrderAt"));

        JsonObject placed = timeline.entryWithText(helen, "Order " + orderNumber + " placed: 3 items, EUR 129.90");
        assertEquals("ORDER", placed.getString("type"));
        assertEquals(List.of(orderNumber), placed.getJsonArray("orders").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertTrue(timeline.entriesOf(helen).stream().anyMatch(e -> e.getString("text", "").startsWith("Merged ")),
                "the link is a merge, on the timeline and undoable");

        JsonObject listed = alice.get("/api/v1/customers/" + helen + "/orders").array().getJsonObject(0);
        assertEquals(orderNumber, listed.getString("number"));
        assertEquals("placed", listed.getString("status"));
        assertEquals("129.90", listed.getString("total"));
        assertEquals(3, listed.getJsonArray("lines").size());
        assertEquals("SKU-1", listed.getJsonArray("lines").getJsonObject(0).getString("sku"));
    }

    @Test
    void anOrderWhoseCustomerNeverArrivesIsReportedToAdminsUntilTheCustomerComes() {
        Api ada = Api.as(base, "ada");
        String number = ErpMessages.customerNumber();
        String orderNumber = ErpMessages.orderNumber();
        Jms.sendToErp(envelope("order.upsert", "2026-11-21T08:00:00Z",
                order(orderNumber, number, "paid", "2026-11-21T07:59:00Z", "CHF", 1, "70.00")));
        JsonObject waiting = Eventually.get("the order reported as waiting", Duration.ofSeconds(30), () ->
                ada.get("/api/v1/admin/erp/waiting-orders?max=1000").array().getValuesAs(JsonObject.class).stream()
                        .filter(o -> orderNumber.equals(o.getString("orderNumber"))).findFirst());
        assertEquals(number, waiting.getString("customerNumber"));
        assertEquals("paid", waiting.getString("status"));
        assertEquals(403, Api.as(base, "alice").get("/api/v1/admin/erp/waiting-orders").status());

        Jms.sendToErp(ErpMessages.customer(number, "Wanda", "Late", null, null, null, "2026-11-22T00:00:00Z"));
        long wanda = id(new Timeline(Api.as(base, "alice")).customerWith(number));
        new Timeline(Api.as(base, "alice")).entryWithText(wanda, "Order " + orderNumber + " placed: 1 item, CHF 70.00 (now paid)");
        assertTrue(ada.get("/api/v1/admin/erp/waiting-orders?max=1000").array().getValuesAs(JsonObject.class).stream()
                .noneMatch(o -> orderNumber.equals(o.getString("orderNumber"))), "no longer waiting");
    }

    @Test
    void olderUpdatesNeverOverwriteNewerOnesDuplicatesAreIgnoredAndEachMeaningfulChangeIsOneTimelineEntry() {
        Api alice = Api.as(base, "alice");
        Timeline timeline = new Timeline(alice);
        String number = ErpMessages.customerNumber();
        String email = "oo." + Messages.unique() + "@example.com";
        String orderNumber = ErpMessages.orderNumber();
        Jms.sendToErp(ErpMessages.customer(number, "Otto", "Order", null, email, null, "2026-11-01T00:00:00Z"));
        long customer = id(timeline.customerWith(email));

        Jms.sendToErp(envelope("order.upsert", "2026-11-22T12:00:00Z",
                order(orderNumber, number, "shipped", "2026-11-22T09:00:00Z", "EUR", 1, "50.00")));
        timeline.entryWithText(customer, "Order " + orderNumber + " placed: 1 item, EUR 50.00 (now shipped)");
        String stale = envelope("order.upsert", "2026-11-22T09:00:00Z",
                order(orderNumber, number, "placed", "2026-11-22T09:00:00Z", "EUR", 2, "50.00"));
        Jms.sendToErp(stale);
        String deliveredId = java.util.UUID.randomUUID().toString();
        String delivered = envelope("order.status", deliveredId, "2026-11-23T15:00:00Z",
                Json.createObjectBuilder().add("orderNumber", orderNumber).add("status", "delivered").build());
        Jms.sendToErp(delivered);
        Jms.sendToErp(delivered);
        Jms.sendToErp(envelope("order.status", deliveredId, "2026-11-24T15:00:00Z",
                Json.createObjectBuilder().add("orderNumber", orderNumber).add("status", "returned").build()));
        timeline.entryWithText(customer, "Order " + orderNumber + " delivered");

        JsonObject shipment = Json.createObjectBuilder().add("orderNumber", orderNumber).add("carrier", "DHL")
                .add("trackingNumber", "JD0140" + Messages.unique()).add("trackingUrl", "https://www.dhl.com/track?id=1")
                .add("status", "in_transit").build();
        Jms.sendToErp(envelope("shipment.update", "2026-11-22T13:00:00Z", shipment));
        timeline.entryWithText(customer, "Order " + orderNumber + ", parcel DHL " + shipment.getString("trackingNumber") + ": in transit");
        Jms.sendToErp(envelope("shipment.update", "2026-11-22T14:00:00Z", shipment));
        Jms.sendToErp(envelope("shipment.update", "2026-11-23T14:00:00Z",
                Json.createObjectBuilder(shipment).add("status", "delivered").build()));
        Jms.sendToErp(envelope("shipment.update", "2026-11-22T13:30:00Z",
                Json.createObjectBuilder(shipment).add("status", "out_for_delivery").build()));
        timeline.entryWithText(customer, "Order " + orderNumber + ", parcel DHL " + shipment.getString("trackingNumber") + ": delivered");

        JsonObject listed = Eventually.get("the order delivered with one shipment", Duration.ofSeconds(30), () -> Optional.of(
                        alice.get("/api/v1/customers/" + customer + "/orders").array().getJsonObject(0))
                .filter(o -> "delivered".equals(o.getString("status")) && o.getJsonArray("shipments").size() == 1
                        && "delivered".equals(o.getJsonArray("shipments").getJsonObject(0).getString("status"))));
        assertEquals(1, listed.getJsonArray("lines").size(), "the older upsert (two lines) did not overwrite the newer");
        assertEquals("https://www.dhl.com/track?id=1", listed.getJsonArray("shipments").getJsonObject(0).getString("trackingUrl"));
        assertEquals(List.of("Order " + orderNumber + " placed: 1 item, EUR 50.00 (now shipped)",
                        "Order " + orderNumber + ", parcel DHL " + shipment.getString("trackingNumber") + ": in transit",
                        "Order " + orderNumber + ", parcel DHL " + shipment.getString("trackingNumber") + ": delivered",
                        "Order " + orderNumber + " delivered"),
                timeline.entriesOf(customer).stream().filter(e -> "ORDER".equals(e.getString("type")))
                        .map(e -> e.getString("text")).toList(),
                "one entry per meaningful change, in the order they happened; repeats, stale and duplicate messages add none");
    }

    @Test
    void aMalformedOrInvalidMessageGoesToTheExceptionDestinationWithTheFieldNamedAndTheQueueKeepsMoving() throws Exception {
        String marker = Messages.unique();
        String number = ErpMessages.customerNumber();
        String orderNumber = ErpMessages.orderNumber();
        JsonObject good = order(orderNumber, number, "placed", "2026-11-21T07:59:00Z", "EUR", 1, "10.00");
        List<List<String>> cases = List.of(
                List.of("{not json " + marker, "body: is not valid JSON"),
                List.of(envelope("order.cancel", "2026-11-21T08:00:00Z", Json.createObjectBuilder().add("m", marker).build()),
                        "type: 'order.cancel' is not an ERP message type"),
                List.of(envelope("order.upsert", marker, "2026-11-21T08:00:00Z", Json.createObjectBuilder(good)
                                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("sku", "A")
                                        .add("quantity", -2).add("price", "1.00"))).build()),
                        "data.lines[0].quantity: must be a whole number from 1 to 1000000 (was -2)"),
                List.of(envelope("order.upsert", marker + "-c", "2026-11-21T08:00:00Z",
                                Json.createObjectBuilder(good).add("currency", "EURO").build()),
                        "data.currency: 'EURO' is not an ISO 4217 currency code"),
                List.of(envelope("order.upsert", marker + "-t", "2026-11-21T08:00:00", good),
                        "occurredAt: '2026-11-21T08:00:00' is not an ISO-8601 time with a zone"));
        for (List<String> c : cases) {
            Jms.sendToErp(c.get(0));
        }
        Jms.sendToErp(ErpMessages.customer(number, "Ina", "Valid", null, null, null, "2026-11-21T09:00:00Z"));
        Jms.sendToErp(envelope("order.upsert", "2026-11-21T08:00:00Z", good));

        for (List<String> c : cases) {
            Message dead = Jms.takeErpDeadLetter(marker, Duration.ofSeconds(15));
            assertNotNull(dead, "a dead letter for " + c.get(0));
            String reason = dead.getStringProperty("threadline_reason");
            assertTrue(cases.stream().anyMatch(k -> reason.startsWith(k.get(1))), reason);
        }
        Api alice = Api.as(base, "alice");
        long customer = id(new Timeline(alice).customerWith(number));
        Eventually.get("the valid order after the invalid ones", Duration.ofSeconds(30), () ->
                alice.get("/api/v1/customers/" + customer + "/orders").array().stream().findFirst());
        assertNull(Jms.takeErpDeadLetter(marker, Duration.ofSeconds(1)), "nothing else was refused");
    }

    @Test
    void anAdminSeesTheErpDeadLettersApartFromTheInboundOnesAndReplaysOneOntoTheErpQueue() {
        Api ada = Api.as(base, "ada");
        String marker = Messages.unique();
        Jms.sendToErp(envelope("order.status", "erp-dead-" + marker, "2026-11-21T08:00:00Z",
                Json.createObjectBuilder().add("orderNumber", "SO-" + marker).add("status", "lost").build()));
        JsonObject letter = Eventually.get("the ERP dead letter", Duration.ofSeconds(30), () -> erpDeadLetter(ada, marker));
        assertEquals("data.status: 'lost' is not an order status (one of placed, paid, shipped, delivered, cancelled, returned)",
                letter.getString("reason"));
        assertTrue(ada.get("/api/v1/admin/dead-letters?max=1000").array().getValuesAs(JsonObject.class).stream()
                .noneMatch(l -> l.getString("body", "").contains(marker)), "not among the inbound dead letters");

        Api.Reply replay = ada.post("/api/v1/admin/dead-letters/" + letter.getString("messageId") + "/replay?queue=erp", "");
        assertEquals(202, replay.status(), replay.body());
        JsonObject again = Eventually.get("the replayed message refused again by the ERP consumer", Duration.ofSeconds(30), () ->
                erpDeadLetter(ada, marker).filter(l -> !l.getString("messageId").equals(letter.getString("messageId"))));
        assertEquals(letter.getString("reason"), again.getString("reason"));
        assertEquals(400, ada.get("/api/v1/admin/dead-letters?queue=replies").status(), "a queue without dead letters is named");
    }

    private static Optional<JsonObject> erpDeadLetter(Api admin, String marker) {
        return admin.get("/api/v1/admin/dead-letters?queue=erp&max=1000").array().getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("body", "").contains(marker)).findFirst();
    }

    @Test
    void lifetimeValueOverTheThresholdMakesAVipUnlessASupervisorChoseTheTierAndCurrenciesStayApart() {
        Api alice = Api.as(base, "alice");
        Api sam = Api.as(base, "sam");
        Timeline timeline = new Timeline(alice);
        String number = ErpMessages.customerNumber();
        Jms.sendToErp(ErpMessages.customer(number, "Vera", "Value", null, null, null, "2026-11-01T00:00:00Z"));
        long vera = id(timeline.customerWith(number));
        Jms.sendToErp(envelope("order.upsert", "2026-11-20T08:00:00Z",
                order(ErpMessages.orderNumber(), number, "delivered", "2026-11-20T08:00:00Z", "EUR", 2, "2000.00")));
        Jms.sendToErp(envelope("order.upsert", "2026-11-21T08:00:00Z",
                order(ErpMessages.orderNumber(), number, "delivered", "2026-11-21T08:00:00Z", "USD", 1, "900.00")));
        Eventually.get("both earlier orders counted", Duration.ofSeconds(30), () -> Optional.of(alice.get("/api/v1/customers/" + vera)
                .object()).filter(c -> c.containsKey("enrichment") && c.getJsonObject("enrichment").getJsonNumber("orderCount").longValue() == 2));
        String big = ErpMessages.orderNumber();
        Jms.sendToErp(envelope("order.upsert", "2026-11-22T08:00:00Z",
                order(big, number, "placed", "2026-11-22T08:00:00Z", "EUR", 1, "1000.00")));
        JsonObject vip = Eventually.get("Vera VIP by value", Duration.ofSeconds(30), () ->
                Optional.of(alice.get("/api/v1/customers/" + vera).object()).filter(c -> "VIP".equals(c.getString("tier"))));
        assertEquals(false, vip.getBoolean("tierChosen"));
        JsonObject enrichment = vip.getJsonObject("enrichment");
        assertNull(enrichment.get("lifetimeValue"), "EUR and USD are not added up without a rate: " + enrichment);
        assertEquals(List.of("EUR 5,000.00", "USD 900.00"), enrichment.getJsonArray("lifetimeValues")
                .getValuesAs(JsonObject.class).stream().map(m -> m.getString("display")).toList());
        timeline.entryWithText(vera, "Vera Value is now VIP: lifetime value EUR 5,000.00 reached EUR 5,000.00"
                + " (not counted without a rate: USD 900.00)");

        Jms.sendToErp(envelope("order.status", "2026-11-23T08:00:00Z",
                Json.createObjectBuilder().add("orderNumber", big).add("status", "cancelled").build()));
        timeline.entryWithText(vera, "Vera Value is no longer VIP: lifetime value EUR 4,000.00 is below EUR 5,000.00"
                + " (not counted without a rate: USD 900.00)");

        assertEquals(200, sam.put("/api/v1/customers/" + vera + "/tier", "{\"tier\": \"VIP\"}").status());
        Jms.sendToErp(envelope("order.status", "2026-11-24T08:00:00Z",
                Json.createObjectBuilder().add("orderNumber", big).add("status", "returned").build()));
        timeline.entryWithText(vera, "Order " + big + " returned");
        JsonObject chosen = alice.get("/api/v1/customers/" + vera).object();
        assertEquals("VIP", chosen.getString("tier"), "a supervisor's choice wins over the value");
        assertEquals(true, chosen.getBoolean("tierChosen"));
    }

    @Test
    void anOrderNumberInAMessageIsLinkedAndAnotherCustomersOrderBecomesAMergeSuggestion() {
        Api erp = Api.as(base, "erp");
        Api alice = Api.as(base, "alice");
        Timeline timeline = new Timeline(alice);
        String number = ErpMessages.customerNumber();
        String orderNumber = ErpMessages.orderNumber();
        Jms.sendToErp(ErpMessages.customer(number, "Mia", "Owner", null, null, null, "2026-11-01T00:00:00Z"));
        Jms.sendToErp(envelope("order.upsert", "2026-11-20T08:00:00Z",
                order(orderNumber, number, "placed", "2026-11-20T08:00:00Z", "EUR", 1, "25.00")));
        long owner = id(timeline.customerWith(number));
        timeline.entryWithText(owner, "Order " + orderNumber + " placed: 1 item, EUR 25.00");

        String email = "mia.other." + Messages.unique() + "@example.com";
        String text = "Where is my parcel for " + orderNumber.toLowerCase() + "? Also SO-0000 is not mine.";
        erp.post("/api/v1/messages", Messages.canonical("EMAIL", "<" + Messages.unique() + "@m.example.com>", email,
                "Mia", text, "2026-11-21T10:00:00Z"));
        long writer = id(timeline.customerWith(email));
        JsonObject message = timeline.entryWithText(writer, text);
        assertEquals(List.of(orderNumber), message.getJsonArray("orders").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        JsonObject suggestion = alice.get("/api/v1/customers/" + writer + "/merge-suggestions").array()
                .getValuesAs(JsonObject.class).stream().filter(s -> s.getJsonNumber("customerId").longValue() == owner)
                .findFirst().orElseThrow(() -> new AssertionError("no suggestion of customer " + owner));
        assertEquals(List.of("their order " + orderNumber + " is mentioned in a message"),
                suggestion.getJsonArray("reasons").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList());
    }

    @Test
    void aStoreReturnJoinsTheCustomersActiveConversationAndTheAgentAnswersOnAnotherChannel() {
        Api erp = Api.as(base, "erp");
        Api alice = Api.as(base, "alice");
        Timeline timeline = new Timeline(alice);
        String run = Messages.unique();
        String email = "jacket." + run + "@example.com";
        String number = ErpMessages.customerNumber();
        erp.post("/api/v1/messages", Messages.canonical("EMAIL", "<" + run + "@mail.example.com>", email, "Luca Bianchi",
                "The zip of my jacket broke.", null));
        long luca = id(timeline.customerWith(email));
        long conversation = timeline.entryWithText(luca, "The zip of my jacket broke.").getJsonNumber("conversationId").longValue();
        Jms.sendToErp(ErpMessages.customer(number, "Luca", "Bianchi", null, email, null, "2026-11-01T00:00:00Z"));
        timeline.customerWith(number);

        Jms.sendToErp(envelope("store.interaction", java.time.Instant.now().toString(), Json.createObjectBuilder()
                .add("storeId", "MI-01").add("storeName", "Milan").add("associate", "Giulia").add("customerNumber", number)
                .add("kind", "return").add("text", "Returned the jacket, zip broken")
                .add("amount", Json.createObjectBuilder().add("amount", "89.00").add("currency", "EUR")).build()));
        JsonObject visit = timeline.entryWithText(luca, "Returned in the Milan store (Giulia): EUR 89.00 · Returned the jacket, zip broken");
        assertEquals("IN_STORE", visit.getString("channel"));
        assertEquals(conversation, visit.getJsonNumber("conversationId").longValue(), "it joins the active conversation");
        JsonObject detail = alice.get("/api/v1/conversations/" + conversation).object();
        assertNotNull(detail);
        Api.Reply reply = alice.post("/api/v1/conversations/" + conversation + "/replies",
                "{\"text\": \"Sorry about the zip, your refund is on its way.\", \"channel\": \"EMAIL\"}");
        assertEquals(202, reply.status(), reply.body());
    }

    @Test
    void routingRulesReadTheCustomersErpSegmentAndLifetimeValue() {
        Api erp = Api.as(base, "erp");
        Api alice = Api.as(base, "alice");
        Timeline timeline = new Timeline(alice);
        String run = Messages.unique();
        String number = ErpMessages.customerNumber();
        String email = "key." + run + "@example.com";
        try (Configuration configuration = new Configuration(base)) {
            configuration.create("queues", "{\"name\": \"key-accounts-" + run + "\", \"mode\": \"PULL\"}");
            configuration.create("routing-rules", """
                    {"name": "Key accounts %1$s", "position": 1, "when": {"all": [
                      {"field": "customer.segment", "op": "is", "value": "Key %1$s"},
                      {"field": "customer.lifetimeValue", "op": "gte", "value": 1000}]},
                     "then": {"queue": "key-accounts-%1$s"}}""".formatted(run));
            Jms.sendToErp(ErpMessages.customer(number, "Kira", "Key", "Key " + run, email, null, "2026-11-01T00:00:00Z"));
            Jms.sendToErp(envelope("order.upsert", "2026-11-20T08:00:00Z",
                    order(ErpMessages.orderNumber(), number, "delivered", "2026-11-20T08:00:00Z", "EUR", 2, "600.00")));
            long kira = id(timeline.customerWith(email));
            Eventually.get("Kira's order counted", Duration.ofSeconds(30), () -> Optional.of(alice.get("/api/v1/customers/" + kira)
                    .object().getJsonObject("enrichment")).filter(e -> e.getInt("orderCount") == 1));

            erp.post("/api/v1/messages", Messages.canonical("EMAIL", "<" + run + "@mail.example.com>", email, "Kira Key",
                    "A question about my account " + run, null));
            long conversation = timeline.entryWithText(kira, "A question about my account " + run)
                    .getJsonNumber("conversationId").longValue();
            assertEquals("key-accounts-" + run, alice.get("/api/v1/conversations/" + conversation).object().getString("queue"));
        }
    }

    private static long id(JsonObject customer) {
        return customer.getJsonNumber("id").longValue();
    }
}
