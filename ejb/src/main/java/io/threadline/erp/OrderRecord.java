package io.threadline.erp;

import io.threadline.rules.JsonFields;
import io.threadline.shared.InvalidInputException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/** The data of {@code order.upsert}: an order as the ERP has it now. */
public record OrderRecord(String orderNumber, String customerNumber, OrderStatus status, Instant placedAt,
                          Instant shippedAt, Instant deliveredAt, Currency currency, BigDecimal total, List<OrderLine> lines) {

    private static final Set<String> FIELDS = Set.of("orderNumber", "customerNumber", "status", "placedAt", "shippedAt",
            "deliveredAt", "currency", "total", "lines");
    static final int MAX_LINES = 500;

    static OrderRecord read(JsonObject data) {
        JsonFields fields = JsonFields.of(data, "data", FIELDS);
        List<JsonValue> elements = fields.elements("lines");
        if (elements.size() > MAX_LINES) {
            throw new InvalidInputException("data.lines", "has " + elements.size() + " lines; at most " + MAX_LINES);
        }
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            lines.add(OrderLine.read(elements.get(i), JsonFields.element("data.lines", i)));
        }
        return new OrderRecord(ErpText.number(fields, "orderNumber"), ErpText.number(fields, "customerNumber"),
                OrderStatus.parse("data.status", fields.requiredString("status")), fields.requiredInstant("placedAt"),
                fields.optionalInstant("shippedAt"), fields.optionalInstant("deliveredAt"),
                Money.currency("data.currency", fields.requiredString("currency")),
                Money.nonNegative("data.total", fields.requiredDecimal("total")), List.copyOf(lines));
    }

    public int itemCount() {
        return lines.stream().mapToInt(OrderLine::getQuantity).sum();
    }
}
