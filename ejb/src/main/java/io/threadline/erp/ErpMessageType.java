package io.threadline.erp;

import io.threadline.shared.InvalidInputException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What an ERP or store message says, by its {@code type} on the wire. */
public enum ErpMessageType {
    CUSTOMER_UPSERT("customer.upsert"),
    ORDER_UPSERT("order.upsert"),
    ORDER_STATUS("order.status"),
    SHIPMENT_UPDATE("shipment.update"),
    STORE_INTERACTION("store.interaction");

    private final String wireName;

    ErpMessageType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    static ErpMessageType parse(String field, String value) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(value)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "'" + value + "' is not an ERP message type (one of "
                        + Arrays.stream(values()).map(ErpMessageType::wireName).collect(Collectors.joining(", ")) + ")"));
    }
}
