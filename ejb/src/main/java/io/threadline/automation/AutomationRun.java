package io.threadline.automation;

import io.threadline.conversation.Conversation;
import io.threadline.conversation.TimelineEntry;
import io.threadline.events.CrmEvent;
import io.threadline.routing.MessageFacts;

/**
 * One rule running on one event: the event as published (or, for {@code conversation.idle}, as found by the sweep), the
 * conversation, the customer's message when the event is about one (else null), and the facts the rule's conditions
 * saw (the message's text and language, else the customer's latest message and the conversation's language).
 */
public record AutomationRun(AutomationRuleDefinition rule, AutomationEvent on, CrmEvent event,
                     Conversation conversation, TimelineEntry message, MessageFacts facts) {
}
