package io.threadline.routing;

import io.threadline.conversation.Conversation;
import io.threadline.conversation.TimelineEntry;
import io.threadline.identity.CustomerTier;
import io.threadline.rules.RuleOutcome;
import io.threadline.sla.CalendarDocuments;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.logging.Logger;

/**
 * Routes a customer's message inside the transaction that records it: reads its language and urgency (kept on the
 * entry and the conversation), applies the routing rules, and assigns the conversation when its queue pushes. A rule
 * that fails (a regex running too long on a hostile message) is skipped with the reason logged; the message goes on.
 */
@Stateless
public class MessageRouting {

    private static final Logger LOG = Logger.getLogger(MessageRouting.class.getName());

    @Inject
    private MessageReading reading;

    @Inject
    private RoutingRuleDocuments rules;

    @Inject
    private CalendarDocuments calendars;

    @EJB
    private AutoAssignment assignment;

    @Inject
    private CustomerAttributeSource attributes;

    /** Returns the facts the message was routed on, for SLA and automation to use the same. */
    public MessageFacts route(Conversation conversation, TimelineEntry message, boolean opened) {
        String language = reading.language(message.getSubject(), message.getText()).orElse(null);
        int urgency = reading.urgency(message.getSubject(), message.getText());
        message.readAs(language, urgency);
        conversation.customerWrote(message.getChannel(), language, urgency);
        Instant now = Instant.now();
        MessageFacts facts = MessageFacts.of(conversation, message.getChannel(), message.getSubject(), message.getText(),
                language, urgency, attributes.of(conversation.getCustomer().getId()), calendar -> calendars.isOpen(calendar, now));
        RoutingDecision decision = RoutingRules.decide(rules.all(), facts);
        decision.explanation().stream().filter(RuleOutcome::failed).forEach(o ->
                LOG.warning(() -> "Routing rule '" + o.rule() + "' was skipped for conversation " + conversation.getId()
                        + ": " + o.reason()));
        Integer priority = decision.priority();
        if (priority != null && conversation.getCustomer().getTier() == CustomerTier.VIP) {
            priority = Math.min(priority, Conversation.VIP_PRIORITY);
        }
        conversation.route(decision.queue(), priority, decision.tags(), decision.skills(), opened);
        if (conversation.getAssignee() == null) {
            assignment.assignIfPushed(conversation);
        }
        return MessageFacts.of(conversation, message.getChannel(), message.getSubject(), message.getText(), language,
                urgency, facts.customerAttributes(), facts.businessHours());
    }
}
