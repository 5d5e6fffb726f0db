package io.threadline.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** ERP and store messages as an ERP sends them on jms/crm/ErpQueue (docs/erp-integration.md). */
public final class ErpMessages {

    private ErpMessages() {
    }

    public static String envelope(String type, String id, String occurredAt, JsonObject data) {
        return Json.createObjectBuilder().add("type", type).add("id", id).add("occurredAt", occurredAt).add("data", data)
                .build().toString();
    }

    public static String envelope(String type, String occurredAt, JsonObject data) {
        return envelope(type, UUID.randomUUID().toString(), occurredAt, data);
    }

    public static String customer(String number, String first, String last, String segment, String email, String phone,
                                  String occurredAt) {
        JsonObjectBuilder data = Json.createObjectBuilder().add("customerNumber", number).add("firstName", first)
                .add("lastName", last);
        if (segment != null) {
            data.add("segment", segment);
        }
        data.add("emails", email == null ? Json.createArrayBuilder() : Json.createArrayBuilder().add(email));
        data.add("phones", phone == null ? Json.createArrayBuilder() : Json.createArrayBuilder().add(phone));
        return envelope("customer.upsert", occurredAt, data.build());
    }

    /** An order of {@code lines} lines (SKU-1.., quantity 1, price {@code price} each), total = the lines' sum. */
    public static JsonObject order(String number, String customerNumber, String status, String placedAt, String currency,
                                   int lines, String price) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (int i = 1; i <= lines; i++) {
            items.add(Json.createObjectBuilder().add("sku", "SKU-" + i).add("name", "Item " + i).add("quantity", 1)
                    .add("price", price));
        }
        return Json.createObjectBuilder().add("orderNumber", number).add("customerNumber", customerNumber)
                .add("status", status).add("placedAt", placedAt).add("currency", currency)
                .add("total", new java.math.BigDecimal(price).multiply(java.math.BigDecimal.valueOf(lines)).toPlainString())
                .add("lines", items).build();
    }

    public static String orderNumber() {
        return "SO-" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    public static String customerNumber() {
        return "C-" + Messages.unique().toUpperCase();
    }
}
