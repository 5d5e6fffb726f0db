package io.threadline.erp;

import jakarta.json.JsonObject;

import java.time.Instant;

/**
 * One message from the ERP or a store: {@code {"type", "id", "occurredAt", "version"?, "data"}}. {@code id} is the
 * sender's idempotency key: a message whose id was applied before changes nothing.
 */
public record ErpMessage(ErpMessageType type, String id, Instant occurredAt, Long version, JsonObject data) {

    public SourceStamp stamp() {
        return new SourceStamp(occurredAt, version);
    }
}
