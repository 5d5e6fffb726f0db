package io.threadline.shared;

import jakarta.json.JsonObject;

/**
 * A CRM event as it is published, fired as a synchronous CDI event inside the publisher's transaction, so that what
 * reacts to events in-process (automation) acts in the same transaction as what raised them.
 */
public record PublishedEvent(String type, JsonObject data) {
}
