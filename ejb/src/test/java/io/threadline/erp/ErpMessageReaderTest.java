package io.threadline.erp;

import io.threadline.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ErpMessageReaderTest {

    private static final String ORDER = """
            {"type": "order.upsert", "id": "m-1", "occurredAt": "2026-11-21T09:00:00+01:00", "version": 7,
             "data": {"orderNumber": "SO-100231", "customerNumber": "C-10042", "status": "shipped",
                      "placedAt": "2026-11-20T10:00:00Z", "shippedAt": "2026-11-21T07:30:00Z", "currency": "EUR",
                      "total": "129.90", "lines": [{"sku": "JKT-M", "name": "Jacket", "quantity": 1, "price": 99.90},
                                                   {"sku": "GLV-S", "name": "Gloves", "quantity": 2, "price": "15.00"}]}}""";

    @Test
    void readsAnOrderWithExactAmountsAndTheTimeInUtc() {
        ErpMessage message = ErpMessageReader.read(ORDER);
        assertEquals(ErpMessageType.ORDER_UPSERT, message.type());
        assertEquals(Instant.parse("2026-11-21T08:00:00Z"), message.occurredAt());
        assertEquals(7L, message.version());
        OrderRecord order = OrderRecord.read(message.data());
        assertEquals(new BigDecimal("129.90"), order.total());
        assertEquals(new BigDecimal("99.90"), order.lines().get(0).getUnitPrice());
        assertEquals(3, order.itemCount());
        assertEquals(OrderStatus.SHIPPED, order.status());
    }

    @Test
    void refusesWhatIsWrongNamingTheField() {
        assertRefused("data.lines[1].quantity: must be a whole number from 1 to 1000000 (was -2)",
                ORDER.replace("\"quantity\": 2", "\"quantity\": -2"));
        assertRefused("data.lines[0].quantity: must be a whole number from 1 to 1000000 (was 1.5)",
                ORDER.replace("\"quantity\": 1", "\"quantity\": 1.5"));
        assertRefused("data.currency: 'XYZ' is not a known ISO 4217 currency", ORDER.replace("\"EUR\"", "\"XYZ\""));
        assertRefused("data.placedAt: '2026-11-20T10:00:00' is not an ISO-8601 time with a zone",
                ORDER.replace("2026-11-20T10:00:00Z", "2026-11-20T10:00:00"));
        assertRefused("data.total: must not be negative (was -1)", ORDER.replace("\"129.90\"", "-1"));
        assertRefused("data.status: 'lost' is not an order status", ORDER.replace("\"shipped\"", "\"lost\""));
        assertRefused("data.colour: unknown key 'colour'", ORDER.replace("\"currency\"", "\"colour\": 1, \"currency\""));
        assertRefused("type: 'invoice.paid' is not an ERP message type", ORDER.replace("order.upsert", "invoice.paid"));
        assertRefused("data: is required", "{\"type\": \"order.status\", \"id\": \"x\", \"occurredAt\": \"2026-11-21T09:00:00Z\"}");
        assertRefused("body: is not valid JSON", "{\"type\": ");
    }

    @Test
    void aStoreReturnNeedsItsAmountAndSaysWhatHappenedWhere() {
        String store = """
                {"storeId": "MI-01", "storeName": "Milan", "associate": "Giulia", "email": "luca@example.com",
                 "kind": "return", "text": "Zip broken", "amount": {"amount": "89.00", "currency": "EUR"}}""";
        StoreInteraction interaction = StoreInteraction.read(jakarta.json.Json.createReader(new java.io.StringReader(store)).readObject());
        assertEquals("Returned in the Milan store (Giulia): EUR 89.00 · Zip broken", interaction.describe());
        assertEquals("luca@example.com", interaction.handle());
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> StoreInteraction.read(
                jakarta.json.Json.createReader(new java.io.StringReader(store.replace(
                        ", \"amount\": {\"amount\": \"89.00\", \"currency\": \"EUR\"}", ""))).readObject()));
        assertEquals("data.amount: is required for a return ({\"amount\", \"currency\"})", missing.getMessage());
    }

    private static void assertRefused(String expectedStart, String json) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> {
            ErpMessage message = ErpMessageReader.read(json);
            OrderRecord.read(message.data());
        });
        if (!refused.getMessage().startsWith(expectedStart)) {
            throw new AssertionError("expected '" + expectedStart + "...' but was '" + refused.getMessage() + "'");
        }
    }
}
