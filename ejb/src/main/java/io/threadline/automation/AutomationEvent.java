package io.threadline.automation;

import io.threadline.rules.JsonNames;

import java.util.Arrays;
import java.util.Optional;

/** What an automation rule can react to ({@code "on"}), with its JSON name. */
public enum AutomationEvent {
    MESSAGE_RECEIVED("message.received"),
    CONVERSATION_CREATED("conversation.created"),
    CONVERSATION_STATUS_CHANGED("conversation.status_changed"),
    CONVERSATION_TAGGED("conversation.tagged"),
    CONVERSATION_ASSIGNED("conversation.assigned"),
    SLA_WARNING("sla.warning"),
    SLA_BREACHED("sla.breached"),
    CONVERSATION_IDLE("conversation.idle"),
    CSAT_RECEIVED("csat.received");

    private final String json;

    AutomationEvent(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    /**
     * The automation event a published CRM event is: each status event ({@code conversation.reopened}, {@code .pending},
     * {@code .snoozed}, {@code .resolved}) is a status change; {@code conversation.idle} is found by a sweep, never published.
     */
    public static Optional<AutomationEvent> ofPublished(String type) {
        return switch (type) {
            case "conversation.reopened", "conversation.pending", "conversation.snoozed", "conversation.resolved" ->
                    Optional.of(CONVERSATION_STATUS_CHANGED);
            default -> Arrays.stream(values()).filter(e -> e != CONVERSATION_IDLE && e != CONVERSATION_STATUS_CHANGED)
                    .filter(e -> e.json.equals(type)).findFirst();
        };
    }

    /** A customer's message started it: a reply to it is an auto-reply. */
    public boolean isAboutAMessage() {
        return this == MESSAGE_RECEIVED || this == CONVERSATION_CREATED;
    }

    static AutomationEvent parse(String path, String name) {
        return JsonNames.find(values(), AutomationEvent::json, name, path, "event");
    }
}
