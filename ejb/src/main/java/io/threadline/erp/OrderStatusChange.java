package io.threadline.erp;

import io.threadline.rules.JsonFields;
import jakarta.json.JsonObject;

import java.util.Set;

/** The data of {@code order.status}: only an order's status changed. */
public record OrderStatusChange(String orderNumber, OrderStatus status) {

    private static final Set<String> FIELDS = Set.of("orderNumber", "status");

    static OrderStatusChange read(JsonObject data) {
        JsonFields fields = JsonFields.of(data, "data", FIELDS);
        return new OrderStatusChange(ErpText.number(fields, "orderNumber"),
                OrderStatus.parse("data.status", fields.requiredString("status")));
    }
}
