package io.threadline.erp;

import io.threadline.shared.InvalidInputException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where an order stands. Cancelled and returned orders do not count in a customer's lifetime value. */
public enum OrderStatus {
    PLACED, PAID, SHIPPED, DELIVERED, CANCELLED, RETURNED;

    public boolean countsInValue() {
        return this != CANCELLED && this != RETURNED;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static OrderStatus parse(String field, String value) {
        return Arrays.stream(values()).filter(s -> s.wireName().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "'" + value + "' is not an order status (one of "
                        + Arrays.stream(values()).map(OrderStatus::wireName).collect(Collectors.joining(", ")) + ")"));
    }
}
