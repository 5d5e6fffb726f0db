package io.threadline.erp;

import io.threadline.shared.InvalidInputException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a parcel is, as carriers report it. */
public enum ShipmentStatus {
    LABEL_CREATED("label created"), IN_TRANSIT("in transit"), OUT_FOR_DELIVERY("out for delivery"),
    DELIVERED("delivered"), DELAYED("delayed"), EXCEPTION("held up"), RETURNED("returned to sender");

    private final String words;

    ShipmentStatus(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ShipmentStatus parse(String field, String value) {
        return Arrays.stream(values()).filter(s -> s.wireName().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "'" + value + "' is not a shipment status (one of "
                        + Arrays.stream(values()).map(ShipmentStatus::wireName).collect(Collectors.joining(", ")) + ")"));
    }
}
