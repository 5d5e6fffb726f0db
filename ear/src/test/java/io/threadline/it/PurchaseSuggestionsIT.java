package io.threadline.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The nightly purchase-associations job over real ERP orders: most jacket buyers buy gloves within a month (few others
 * do), so a
 * customer who bought only the jacket sees "They may also want" the gloves on her profile, with the reason; nothing is
 * sent to her.
 */
class PurchaseSuggestionsIT extends ContainerTest {

    @Test
    void jacketBuyersWhoBuyGlovesWithinAMonthMakeTheGlovesASuggestionForAJacketBuyer() {
        String run = Messages.unique().toUpperCase();
        String jacket = "JKT-" + run;
        String gloves = "GLV-" + run;
        Instant start = Instant.parse("2026-10-01T09:00:00Z");
        Map<String, Integer> ordersOf = new LinkedHashMap<>();
        for (int i = 1; i <= 8; i++) {
            String number = ErpMessages.customerNumber();
            ordersOf.put(number, i <= 6 ? 2 : 1);
            Jms.sendToErp(ErpMessages.customer(number, "Buyer" + i, "Run" + run, null, null, null, "2026-10-01T08:00:00Z"));
            order(number, start.plus(Duration.ofDays(i)), jacket, "Alpine jacket " + run);
            if (i <= 6) {
                order(number, start.plus(Duration.ofDays(i + 10)), gloves, "Merino gloves " + run);
            }
        }
        // Customers who buy other things: gloves are not what everyone buys.
        for (int i = 1; i <= 12; i++) {
            String number = ErpMessages.customerNumber();
            ordersOf.put(number, 1);
            Jms.sendToErp(ErpMessages.customer(number, "Other" + i, "Run" + run, null, null, null, "2026-10-01T08:00:00Z"));
            order(number, start.plus(Duration.ofDays(i)), "SCK-" + run, "Wool socks " + run);
        }
        String email = "nina." + run.toLowerCase() + "@example.com";
        String nina = ErpMessages.customerNumber();
        Jms.sendToErp(ErpMessages.customer(nina, "Nina", "Run" + run, null, email, null, "2026-10-01T08:00:00Z"));
        order(nina, start.plus(Duration.ofDays(20)), jacket, "Alpine jacket " + run);
        Api.as(base, "erp").post("/api/v1/messages", Messages.canonical("EMAIL", "<" + run + "@mail.example.com>", email,
                "Nina", "Does the jacket come in blue?", null));
        Timeline timeline = new Timeline(Api.as(base, "alice"));
        JsonObject customer = Eventually.get("Nina's orders on her profile", Duration.ofSeconds(30), () ->
                Optional.of(timeline.customerWith(email)).filter(c -> c.get("enrichment") instanceof JsonObject e
                        && e.getInt("orderCount") == 1));
        long conversation = timeline.entryWithText(customer.getJsonNumber("id").longValue(), "Does the jacket come in blue?")
                .getJsonNumber("conversationId").longValue();
        ordersOf.forEach((number, count) -> Eventually.get("the orders of " + number, Duration.ofSeconds(60), () ->
                Optional.of(timeline.customerWith(number)).filter(c -> c.get("enrichment") instanceof JsonObject e
                        && e.getInt("orderCount") == count)));

        BatchJobs jobs = new BatchJobs(base);
        long instance = jobs.start("purchase-associations", Map.of());
        assertEquals("COMPLETED", jobs.finalStatus(instance), jobs.exitStatus(instance));
        assertTrue(jobs.exitStatus(instance).matches("MINED \\d+ associations"), jobs.exitStatus(instance));

        String cookies = Api.signIn(base, "alice").entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        String page = Api.as(base, null).fromBrowser("GET", "/agent/conversation.xhtml?id=" + conversation,
                Map.of("Cookie", cookies)).body();
        assertTrue(page.contains("They may also want"), "the suggestions on the profile");
        assertTrue(page.contains("Merino gloves " + run), page);
        assertTrue(page.contains("bought the Alpine jacket " + run + "; 67% of Alpine jacket " + run
                + " buyers buy the Merino gloves " + run + " within 30 days"), "the reason: 6 of the 9 jacket buyers, Nina one of them");
        assertFalse(page.contains(">Alpine jacket " + run + "</span>"), "not what she bought already");
    }

    private static void order(String customer, Instant placedAt, String sku, String name) {
        JsonObject order = Json.createObjectBuilder().add("orderNumber", ErpMessages.orderNumber()).add("customerNumber", customer)
                .add("status", "delivered").add("placedAt", placedAt.toString()).add("currency", "EUR").add("total", "10.00")
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("sku", sku).add("name", name)
                        .add("quantity", 1).add("price", "10.00"))).build();
        Jms.sendToErp(ErpMessages.envelope("order.upsert", placedAt.plusSeconds(60).toString(), order));
    }
}
