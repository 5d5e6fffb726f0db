package io.threadline.events;

import io.threadline.shared.Channel;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One CRM event: its type, when what it announces happened, and its data. Built only through the factory of its type
 * below, which is where each type's data is defined (and must agree with {@code docs/schemas/events/<type>.schema.json}).
 * Its {@link #envelope()} is what subscribers receive: {@code {"type", "version", "id", "occurredAt", "data"}}.
 */
public record CrmEvent(EventType type, Instant occurredAt, JsonObject data) {

    /** {@code change}: created, updated or deleted; {@code status} is what the article is now (absent once deleted). */
    public static CrmEvent articleChanged(long articleId, String language, String change, String status, String by,
                                          Instant at) {
        JsonObjectBuilder data = Json.createObjectBuilder().add("articleId", articleId).add("language", language)
                .add("change", change).add("by", by);
        if (status != null) {
            data.add("status", status);
        }
        return new CrmEvent(EventType.ARTICLE_CHANGED, at, data.build());
    }

    /** {@code articles}: how many the server {@code server} ({@link ServerInstance#ID}) indexed for job execution {@code jobExecutionId}. */
    public static CrmEvent knowledgeReindexed(int articles, long jobExecutionId, String server, Instant at) {
        return reindexed(EventType.KNOWLEDGE_REINDEXED, "articles", articles, jobExecutionId, server, at);
    }

    /** {@code conversations}: how many resolved conversations the server {@code server} indexed for job execution {@code jobExecutionId}. */
    public static CrmEvent similarConversationsReindexed(int conversations, long jobExecutionId, String server, Instant at) {
        return reindexed(EventType.SIMILAR_CONVERSATIONS_REINDEXED, "conversations", conversations, jobExecutionId, server, at);
    }

    private static CrmEvent reindexed(EventType type, String counted, int count, long jobExecutionId, String server, Instant at) {
        return new CrmEvent(type, at, Json.createObjectBuilder().add(counted, count)
                .add("jobExecutionId", jobExecutionId).add("server", server).build());
    }

    public static CrmEvent customerCreated(long customerId, String name, String source, Instant at) {
        return new CrmEvent(EventType.CUSTOMER_CREATED, at, Json.createObjectBuilder()
                .add("customerId", customerId).add("name", name).add("source", source).build());
    }

    /** {@code actor} is a user name, or for an import {@code <source> (linked EMAIL:..., PHONE:...)}. */
    public static CrmEvent customerMerged(long customerId, long mergedCustomerId, long mergeId, String actor,
                                          MergeCounts moved, Instant at) {
        return new CrmEvent(EventType.CUSTOMER_MERGED, at, customerMerge(customerId, mergedCustomerId, mergeId, actor, moved));
    }

    /** {@code moved} is what went back, with the entries written since into the conversations that went back. */
    public static CrmEvent customerUnmerged(long customerId, long mergedCustomerId, long mergeId, String actor,
                                            MergeCounts moved, Instant at) {
        return new CrmEvent(EventType.CUSTOMER_UNMERGED, at, customerMerge(customerId, mergedCustomerId, mergeId, actor, moved));
    }

    public static CrmEvent customerTierChanged(long customerId, String tier, String previousTier, int conversationsReprioritized,
                                               String by, Instant at) {
        return new CrmEvent(EventType.CUSTOMER_TIER_CHANGED, at, Json.createObjectBuilder()
                .add("customerId", customerId).add("tier", tier).add("previousTier", previousTier)
                .add("conversationsReprioritized", conversationsReprioritized).add("by", by).build());
    }

    public static CrmEvent conversationCreated(long conversationId, long customerId, long entryId, Channel channel,
                                               String queue, int priority, Instant at) {
        return new CrmEvent(EventType.CONVERSATION_CREATED, at, conversation(conversationId, customerId)
                .add("entryId", entryId).add("channel", channel.name()).add("queue", queue).add("priority", priority).build());
    }

    public static CrmEvent messageReceived(long customerId, long conversationId, long entryId, Channel channel,
                                           String externalId, Instant at) {
        return new CrmEvent(EventType.MESSAGE_RECEIVED, at, Json.createObjectBuilder()
                .add("customerId", customerId).add("conversationId", conversationId).add("entryId", entryId)
                .add("channel", channel.name()).add("externalId", externalId).build());
    }

    /**
     * {@code assignee} null: it waits unassigned in {@code queue}. {@code reason} only when routing decided (the queue's
     * strategy, or {@code agent offline}), else null and left out.
     */
    public static CrmEvent conversationAssigned(long conversationId, long customerId, String assignee, String queue,
                                                String reason, String by, Instant at) {
        JsonObjectBuilder data = conversation(conversationId, customerId)
                .add("assignee", assignee == null ? JsonValue.NULL : Json.createValue(assignee)).add("queue", queue);
        if (reason != null) {
            data.add("reason", reason);
        }
        return new CrmEvent(EventType.CONVERSATION_ASSIGNED, at, data.add("by", by).build());
    }

    public static CrmEvent conversationReopened(long conversationId, long customerId, String previousStatus, String by, Instant at) {
        return statusChange(EventType.CONVERSATION_REOPENED, "OPEN", conversationId, customerId, previousStatus, by, at);
    }

    public static CrmEvent conversationPending(long conversationId, long customerId, String previousStatus, String by, Instant at) {
        return statusChange(EventType.CONVERSATION_PENDING, "PENDING", conversationId, customerId, previousStatus, by, at);
    }

    public static CrmEvent conversationSnoozed(long conversationId, long customerId, String previousStatus, String by, Instant at) {
        return statusChange(EventType.CONVERSATION_SNOOZED, "SNOOZED", conversationId, customerId, previousStatus, by, at);
    }

    public static CrmEvent conversationResolved(long conversationId, long customerId, String previousStatus, String by, Instant at) {
        return statusChange(EventType.CONVERSATION_RESOLVED, "RESOLVED", conversationId, customerId, previousStatus, by, at);
    }

    public static CrmEvent conversationTagged(long conversationId, long customerId, String tag, String by, Instant at) {
        return new CrmEvent(EventType.CONVERSATION_TAGGED, at, conversation(conversationId, customerId)
                .add("tag", tag).add("by", by).build());
    }

    public static CrmEvent conversationUntagged(long conversationId, long customerId, String tag, String by, Instant at) {
        return new CrmEvent(EventType.CONVERSATION_UNTAGGED, at, conversation(conversationId, customerId)
                .add("tag", tag).add("by", by).build());
    }

    /** {@code priority}: of the conversation merged into, after the merge. */
    public static CrmEvent conversationMerged(long conversationId, long mergedConversationId, long customerId, int entriesMoved,
                                              List<String> tagsAdded, int priority, String by, Instant at) {
        return new CrmEvent(EventType.CONVERSATION_MERGED, at, conversation(conversationId, customerId)
                .add("mergedConversationId", mergedConversationId).add("entriesMoved", entriesMoved)
                .add("tagsAdded", Json.createArrayBuilder(tagsAdded)).add("priority", priority).add("by", by).build());
    }

    public static CrmEvent conversationIdle(long conversationId, long customerId, Duration idleFor, Instant lastActivityAt,
                                            Instant at) {
        return new CrmEvent(EventType.CONVERSATION_IDLE, at, conversation(conversationId, customerId)
                .add("idleFor", idleFor.toString()).add("lastActivityAt", lastActivityAt.toString()).build());
    }

    /** {@code mentioned}: the user names notified. */
    public static CrmEvent noteAdded(long conversationId, long customerId, long entryId, String author, List<String> mentioned,
                                     Instant at) {
        return new CrmEvent(EventType.NOTE_ADDED, at, conversation(conversationId, customerId)
                .add("entryId", entryId).add("author", author).add("mentioned", Json.createArrayBuilder(mentioned)).build());
    }

    public static CrmEvent replyQueued(ReplyRef reply, String author, Instant at) {
        return new CrmEvent(EventType.REPLY_QUEUED, at, reply(reply).add("author", author).build());
    }

    public static CrmEvent replyScheduled(ReplyRef reply, String author, Instant sendAt, Instant at) {
        return new CrmEvent(EventType.REPLY_SCHEDULED, at, reply(reply).add("author", author)
                .add("sendAt", sendAt.toString()).build());
    }

    public static CrmEvent replyCancelled(ReplyRef reply, String author, String by, Instant sendAt, Instant at) {
        return new CrmEvent(EventType.REPLY_CANCELLED, at, reply(reply).add("author", author).add("by", by)
                .add("sendAt", sendAt.toString()).build());
    }

    /** {@code deliveryStatus}: {@code PENDING} (retried), {@code SENT}, {@code DELIVERED}, {@code READ} or {@code FAILED}. */
    public static CrmEvent replyStatus(ReplyRef reply, String deliveryStatus, Instant at) {
        return new CrmEvent(EventType.REPLY_STATUS, at, reply(reply).add("deliveryStatus", deliveryStatus).build());
    }

    /** It happened at {@code warnedAt}: a share of the target's time had passed. */
    public static CrmEvent slaWarning(long conversationId, long customerId, String policy, String target, Instant warnedAt,
                                      String by) {
        return new CrmEvent(EventType.SLA_WARNING, warnedAt, conversation(conversationId, customerId)
                .add("policy", policy).add("target", target).add("warnedAt", warnedAt.toString()).add("by", by).build());
    }

    /** It happened at {@code dueAt}, when the target was not met. */
    public static CrmEvent slaBreached(long conversationId, long customerId, String policy, String target, Instant dueAt,
                                       String by) {
        return new CrmEvent(EventType.SLA_BREACHED, dueAt, conversation(conversationId, customerId)
                .add("policy", policy).add("target", target).add("dueAt", dueAt.toString()).add("by", by).build());
    }

    /** {@code comment} null: none ({@code ""} in the data). {@code via}: the channel, or {@code link}. */
    public static CrmEvent csatReceived(long conversationId, long customerId, int score, String comment, String via,
                                        String by, Instant at) {
        return new CrmEvent(EventType.CSAT_RECEIVED, at, conversation(conversationId, customerId)
                .add("score", score).add("comment", comment == null ? "" : comment).add("via", via)
                .add("at", at.toString()).add("by", by).build());
    }

    /** {@code customerId} and {@code conversationId} once the visitor has written, {@code name} from the pre-chat form: each null when not known, and left out. */
    public static CrmEvent chatTyping(String visitorId, Long customerId, Long conversationId, String name, Instant at) {
        JsonObjectBuilder data = Json.createObjectBuilder().add("visitorId", visitorId);
        if (customerId != null) {
            data.add("customerId", customerId);
        }
        if (conversationId != null) {
            data.add("conversationId", conversationId);
        }
        if (name != null) {
            data.add("name", name);
        }
        return new CrmEvent(EventType.CHAT_TYPING, at, data.build());
    }

    /** What subscribers receive; a new {@code id} each time. */
    public String envelope() {
        return envelopeWith(data);
    }

    /** This event's type and time around other data (automation's webhooks: the rule, this event, the conversation). */
    public String envelopeWith(JsonObject otherData) {
        return Json.createObjectBuilder()
                .add("type", type.json())
                .add("version", type.version())
                .add("id", UUID.randomUUID().toString())
                .add("occurredAt", occurredAt.toString())
                .add("data", otherData)
                .build().toString();
    }

    /** What a merge moved, or its undo moved back. */
    public record MergeCounts(int identities, int conversations, int entries) {
    }

    /** The reply (a timeline entry) an event is about, and where it belongs. */
    /** {@code agents} have the conversation open on the server {@code server} ({@link ServerInstance#ID}); none: no one there. */
    public static CrmEvent agentViewing(long conversationId, List<String> agents, String server, Instant at) {
        return new CrmEvent(EventType.AGENT_VIEWING, at, Json.createObjectBuilder().add("conversationId", conversationId)
                .add("agents", Json.createArrayBuilder(agents)).add("server", server).build());
    }

    /** {@code agent}, signed in to the server {@code server} ({@link ServerInstance#ID}), is typing in the conversation. */
    public static CrmEvent agentTyping(long conversationId, String agent, String server, Instant at) {
        return new CrmEvent(EventType.AGENT_TYPING, at, Json.createObjectBuilder().add("conversationId", conversationId)
                .add("agent", agent).add("server", server).build());
    }

    public record ReplyRef(long entryId, long conversationId, long customerId, Channel channel) {
    }

    private static JsonObject customerMerge(long customerId, long mergedCustomerId, long mergeId, String actor, MergeCounts moved) {
        return Json.createObjectBuilder()
                .add("customerId", customerId).add("mergedCustomerId", mergedCustomerId).add("mergeId", mergeId)
                .add("actor", actor).add("identitiesMoved", moved.identities())
                .add("conversationsMoved", moved.conversations()).add("entriesMoved", moved.entries()).build();
    }

    private static CrmEvent statusChange(EventType type, String status, long conversationId, long customerId,
                                         String previousStatus, String by, Instant at) {
        return new CrmEvent(type, at, conversation(conversationId, customerId)
                .add("status", status).add("previousStatus", previousStatus).add("by", by).build());
    }

    private static JsonObjectBuilder conversation(long conversationId, long customerId) {
        return Json.createObjectBuilder().add("conversationId", conversationId).add("customerId", customerId);
    }

    private static JsonObjectBuilder reply(ReplyRef reply) {
        return Json.createObjectBuilder()
                .add("entryId", reply.entryId()).add("conversationId", reply.conversationId())
                .add("customerId", reply.customerId()).add("channel", reply.channel().name());
    }
}
