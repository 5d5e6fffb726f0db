package io.threadline.automation;

import io.threadline.conversation.Conversation;
import io.threadline.conversation.TimelineEntry;
import io.threadline.events.CrmEvent;

/**
 * One rule running on one event: the event as published (or, for {@code conversation.idle}, as found by the sweep), the
 * conversation, and the customer's message when the event is about one (else null).
 */
public record AutomationRun(AutomationRuleDefinition rule, AutomationEvent on, CrmEvent event,
                     Conversation conversation, TimelineEntry message) {
}
