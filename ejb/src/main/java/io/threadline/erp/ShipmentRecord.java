package io.threadline.erp;

import io.threadline.rules.JsonFields;
import jakarta.json.JsonObject;

import java.time.Instant;
import java.util.Set;

/** The data of {@code shipment.update}: a parcel of an order, identified by carrier and tracking number. */
public record ShipmentRecord(String orderNumber, String carrier, String trackingNumber, String trackingUrl,
                             ShipmentStatus status, Instant estimatedDelivery) {

    private static final Set<String> FIELDS = Set.of("orderNumber", "carrier", "trackingNumber", "trackingUrl", "status",
            "estimatedDelivery");

    static ShipmentRecord read(JsonObject data) {
        JsonFields fields = JsonFields.of(data, "data", FIELDS);
        return new ShipmentRecord(ErpText.number(fields, "orderNumber"), ErpText.required(fields, "carrier"),
                ErpText.number(fields, "trackingNumber"), ErpText.link(fields, "trackingUrl"),
                ShipmentStatus.parse("data.status", fields.requiredString("status")), fields.optionalInstant("estimatedDelivery"));
    }
}
