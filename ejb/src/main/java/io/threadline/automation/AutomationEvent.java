package io.threadline.automation;

import io.threadline.rules.JsonNames;

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

    static AutomationEvent parse(String path, String name) {
        return JsonNames.find(values(), AutomationEvent::json, name, path, "event");
    }
}
