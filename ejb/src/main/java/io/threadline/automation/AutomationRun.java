package io.threadline.automation;

import io.threadline.conversation.Conversation;
import io.threadline.conversation.TimelineEntry;
import jakarta.json.JsonObject;

/**
 * One rule running on one event: the event as published ({@code eventType}, {@code eventData}), the conversation, and
 * the customer's message when the event is about one (else null).
 */
public record AutomationRun(AutomationRuleDefinition rule, AutomationEvent on, String eventType, JsonObject eventData,
                     Conversation conversation, TimelineEntry message) {
}
