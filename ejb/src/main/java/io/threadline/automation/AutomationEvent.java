package io.threadline.automation;

import io.threadline.events.EventType;
import io.threadline.rules.JsonNames;
import io.threadline.shared.InvalidInputException;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * What an automation rule can react to ({@code "on"}): a CRM event of the catalogue by its type, or
 * {@code conversation.status_changed}, automation's own name for any of the four status events.
 */
public enum AutomationEvent {
    MESSAGE_RECEIVED(EventType.MESSAGE_RECEIVED),
    CONVERSATION_CREATED(EventType.CONVERSATION_CREATED),
    CONVERSATION_STATUS_CHANGED("conversation.status_changed", Set.of(EventType.CONVERSATION_REOPENED,
            EventType.CONVERSATION_PENDING, EventType.CONVERSATION_SNOOZED, EventType.CONVERSATION_RESOLVED)),
    CONVERSATION_TAGGED(EventType.CONVERSATION_TAGGED),
    CONVERSATION_ASSIGNED(EventType.CONVERSATION_ASSIGNED),
    SLA_WARNING(EventType.SLA_WARNING),
    SLA_BREACHED(EventType.SLA_BREACHED),
    CONVERSATION_IDLE(EventType.CONVERSATION_IDLE),
    CSAT_RECEIVED(EventType.CSAT_RECEIVED);

    private final String json;
    private final Set<EventType> raisedBy;

    AutomationEvent(EventType type) {
        this(type.json(), Set.of(type));
    }

    AutomationEvent(String json, Set<EventType> raisedBy) {
        this.json = json;
        this.raisedBy = raisedBy;
    }

    public String json() {
        return json;
    }

    /**
     * What rules a published event of {@code type} runs, if any. {@code conversation.idle} is never published: the idle
     * sweep finds it.
     */
    public static Optional<AutomationEvent> raisedBy(EventType type) {
        return Arrays.stream(values()).filter(e -> e.raisedBy.contains(type)).findFirst();
    }

    /** A customer's message started it: a reply to it is an auto-reply. */
    public boolean isAboutAMessage() {
        return this == MESSAGE_RECEIVED || this == CONVERSATION_CREATED;
    }

    /** A CRM event of the catalogue that rules cannot act on is refused as such, not as an unknown name. */
    static AutomationEvent parse(String path, String name) {
        if (Arrays.stream(values()).noneMatch(e -> e.json.equals(name)) && EventType.named(name).isPresent()) {
            throw new InvalidInputException(path, "automation rules do not act on the event '" + name + "'; one of "
                    + JsonNames.list(Arrays.asList(values()), AutomationEvent::json));
        }
        return JsonNames.find(values(), AutomationEvent::json, name, path, "event");
    }
}
