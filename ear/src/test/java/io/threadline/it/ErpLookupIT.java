package io.threadline.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static io.threadline.it.ErpMessages.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The optional ERP REST lookup: opening a profile fetches the customer's recent orders from the ERP; when the ERP does
 * not answer, the profile shows the last known orders, marked as such. The lookup is switched on for this test only,
 * through the server's configuration (system properties are read at each use).
 */
class ErpLookupIT extends ContainerTest {

    @AfterEach
    void switchTheLookupOff() {
        System.clearProperty("crm.erp.lookup.url");
        System.clearProperty("crm.erp.lookup.token");
        System.clearProperty("crm.erp.lookup.refresh-after");
    }

    @Test
    void openingAProfileFetchesRecentOrdersAndAnUnreachableErpShowsTheLastKnownOnes() {
        Api alice = Api.as(base, "alice");
        String number = ErpMessages.customerNumber();
        String orderNumber = ErpMessages.orderNumber();
        Jms.sendToErp(ErpMessages.customer(number, "Lena", "Lookup", null, null, null, "2026-11-01T00:00:00Z"));
        long lena = new Timeline(alice).customerWith(number).getJsonNumber("id").longValue();
        String answer = Json.createArrayBuilder().add(Json.createObjectBuilder(
                order(orderNumber, number, "shipped", "2026-11-25T10:00:00Z", "EUR", 2, "12.50"))
                .add("updatedAt", "2026-11-25T12:00:00Z")).build().toString();

        try (FakeProvider erp = FakeProvider.answering(request -> new FakeProvider.Answer(
                request.path().equals("/erp/customers/" + number + "/orders") ? 200 : 404,
                request.path().equals("/erp/customers/" + number + "/orders") ? answer : "{}", Duration.ZERO))) {
            System.setProperty("crm.erp.lookup.url", "http://127.0.0.1:" + FakeProvider.PORT + "/erp/customers/{customerNumber}/orders");
            System.setProperty("crm.erp.lookup.token", "it-erp-token");
            System.setProperty("crm.erp.lookup.refresh-after", "PT0S");

            JsonObject fresh = Eventually.get("the profile with the looked-up order", Duration.ofSeconds(20), () ->
                    Optional.of(alice.get("/api/v1/customers/" + lena).object().getJsonObject("enrichment"))
                            .filter(e -> e.getInt("orderCount") == 1 && !e.containsKey("lastKnown")));
            assertEquals("EUR 25.00", fresh.getJsonObject("lifetimeValue").getString("display"));
            assertEquals(orderNumber, alice.get("/api/v1/customers/" + lena + "/orders").array().getJsonObject(0).getString("number"));
            FakeProvider.Request asked = erp.requests().stream()
                    .filter(r -> r.path().equals("/erp/customers/" + number + "/orders")).findFirst().orElseThrow();
            assertEquals("GET", asked.method());
            assertEquals("Bearer it-erp-token", asked.authorization());

            for (int i = 0; i < 20; i++) {
                erp.then(503, "{\"error\": \"maintenance\"}");
            }
            JsonObject stale = Eventually.get("the profile marked last known", Duration.ofSeconds(20), () ->
                    Optional.of(alice.get("/api/v1/customers/" + lena).object().getJsonObject("enrichment"))
                            .filter(e -> e.containsKey("lastKnown")));
            assertEquals(1, stale.getInt("orderCount"), "the last known orders are still shown");
            assertEquals("EUR 25.00", stale.getJsonObject("lifetimeValue").getString("display"));
            assertTrue(erp.requests().size() >= 2, "the ERP was asked again");
        }
    }
}
