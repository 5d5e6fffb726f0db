package io.threadline.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every CRM event type: its JSON name ({@code type} of the envelope), the version of its data, and what it means. Each
 * has a JSON Schema {@code docs/schemas/events/<json>.schema.json}.
 */
public enum EventType {
    CUSTOMER_CREATED("customer.created", "A new sender's first message was processed, or an import row named no known identity."),
    CUSTOMER_MERGED("customer.merged", "Two customers were merged, by an agent or by an import linking their identities."),
    CUSTOMER_UNMERGED("customer.unmerged", "A merge of customers was undone."),
    CUSTOMER_TIER_CHANGED("customer.tier-changed", "A supervisor changed a customer's tier, or the customer's value (ERP) earned or lost VIP."),
    CONVERSATION_CREATED("conversation.created", "A message opened a new conversation (published after routing placed it)."),
    MESSAGE_RECEIVED("message.received", "An inbound message was recorded on a timeline (not for duplicates)."),
    CONVERSATION_ASSIGNED("conversation.assigned", "A conversation got an assignee, or went back to its queue unassigned."),
    CONVERSATION_REOPENED("conversation.reopened", "A conversation was set to open again."),
    CONVERSATION_PENDING("conversation.pending", "A conversation was set to pending: waiting for the customer."),
    CONVERSATION_SNOOZED("conversation.snoozed", "A conversation was snoozed until a time."),
    CONVERSATION_RESOLVED("conversation.resolved", "A conversation was resolved."),
    CONVERSATION_TAGGED("conversation.tagged", "An agent or a rule added a tag to a conversation."),
    CONVERSATION_UNTAGGED("conversation.untagged", "An agent removed a tag from a conversation."),
    CONVERSATION_MERGED("conversation.merged", "A conversation was merged into another conversation of the same customer."),
    CONVERSATION_IDLE("conversation.idle", "A conversation was quiet for an automation rule's idleFor; only in that rule's webhooks, never on the topic.", false),
    NOTE_ADDED("note.added", "An internal note was written on a conversation."),
    REPLY_QUEUED("reply.queued", "A reply was stored and queued for delivery."),
    REPLY_SCHEDULED("reply.scheduled", "A reply was stored to be sent later."),
    REPLY_CANCELLED("reply.cancelled", "A scheduled reply was cancelled before it went."),
    REPLY_STATUS("reply.status", "A reply's delivery status changed."),
    SLA_WARNING("sla.warning", "A share (warnAt) of an SLA target passed without the target being met."),
    SLA_BREACHED("sla.breached", "An SLA target's due time passed without it being met."),
    CSAT_RECEIVED("csat.received", "A customer rated a conversation."),
    ARTICLE_CHANGED("article.changed", "An editor created, changed or deleted a knowledge base article."),
    KNOWLEDGE_REINDEXED("knowledge.reindexed", "The knowledge-reindex job rebuilt a server's search index from the database; every other server rebuilds its own."),
    SIMILAR_CONVERSATIONS_REINDEXED("conversations.reindexed", "The similar-conversations-reindex job rebuilt a server's index of resolved conversations from the database; every other server rebuilds its own."),
    CHAT_TYPING("chat.typing", "A chat visitor is typing; not persistent, it expires after 10 s."),
    AGENT_VIEWING("agent.viewing", "The agents who have a conversation open in the workspace on one server; not persistent, it expires after 90 s."),
    AGENT_TYPING("agent.typing", "An agent is typing a reply in a conversation; not persistent, it expires after 10 s.");

    private final String json;
    private final String meaning;
    private final boolean onTopic;

    EventType(String json, String meaning) {
        this(json, meaning, true);
    }

    EventType(String json, String meaning, boolean onTopic) {
        this.json = json;
        this.meaning = meaning;
        this.onTopic = onTopic;
    }

    /** The event's {@code type} in its envelope and in the JMS property {@code eventType}. */
    public String json() {
        return json;
    }

    /** The version of this type's data (and of the envelope); a change that breaks a reader bumps it. */
    public int version() {
        return 1;
    }

    public String meaning() {
        return meaning;
    }

    /** Whether it is published on {@code jms/crm/EventsTopic}. */
    public boolean onTopic() {
        return onTopic;
    }

    public static Optional<EventType> named(String json) {
        return Arrays.stream(values()).filter(t -> t.json.equals(json)).findFirst();
    }
}
