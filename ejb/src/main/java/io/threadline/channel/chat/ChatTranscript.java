package io.threadline.channel.chat;

import io.threadline.channel.outbound.ReplyAttachments;
import io.threadline.conversation.ConversationStatus;
import io.threadline.conversation.Direction;
import io.threadline.conversation.TimelineEntry;
import io.threadline.shared.Channel;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What was said on the chat with one visitor, read from the timeline by the visitor's message id prefix
 * ({@link ChatMessageIds}): never another channel, never another visitor's chat, whatever customer they are linked to.
 */
@Stateless
public class ChatTranscript {

    /** The most recent messages a returning visitor sees. */
    static final int HISTORY_SIZE = 200;

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private ReplyAttachments attachments;

    /** The visitor's latest messages and the replies delivered to them, oldest first. */
    public List<ChatLine> historyOf(String visitorId) {
        List<TimelineEntry> latest = em.createQuery("SELECT e FROM TimelineEntry e WHERE e.channel = :chat"
                        + " AND e.externalId LIKE :prefix ORDER BY e.occurredAt DESC, e.id DESC", TimelineEntry.class)
                .setParameter("chat", Channel.CHAT)
                .setParameter("prefix", ChatMessageIds.prefix(visitorId) + "%")
                .setMaxResults(HISTORY_SIZE).getResultList();
        List<ChatLine> lines = new ArrayList<>(latest.stream().map(this::lineOf).toList());
        Collections.reverse(lines);
        return lines;
    }

    /** A reply delivered to a visitor as their widget shows it, with that visitor, if the entry is one. */
    public Optional<VisitorLine> deliveredReply(long entryId) {
        TimelineEntry entry = em.find(TimelineEntry.class, entryId);
        if (entry == null || entry.getChannel() != Channel.CHAT || entry.getDirection() != Direction.OUTBOUND) {
            return Optional.empty();
        }
        return ChatMessageIds.visitorOf(entry.getExternalId()).map(visitor -> new VisitorLine(visitor, lineOf(entry)));
    }

    /** A line of a visitor's chat. */
    public record VisitorLine(String visitorId, ChatLine line) {
    }

    private ChatLine lineOf(TimelineEntry entry) {
        boolean fromVisitor = entry.getDirection() == Direction.INBOUND;
        return new ChatLine(ChatMessageIds.frameId(entry.getExternalId()),
                fromVisitor ? ChatLine.VISITOR : ChatLine.AGENT, entry.getAuthor(), entry.getText(), entry.getOccurredAt(),
                fromVisitor ? List.of() : attachments.outgoing(entry).stream()
                        .map(f -> new ChatLine.File(f.name(), f.url())).toList());
    }

    /** The visitor who wrote last in the conversation through the widget: the one replies and typing go to. */
    public Optional<String> visitorOf(long conversationId) {
        return chatEntries("SELECT e.externalId FROM TimelineEntry e WHERE e.conversation.id = :conversationId",
                String.class).setParameter("conversationId", conversationId)
                .getResultStream().map(ChatMessageIds::visitorOf).flatMap(Optional::stream).findFirst();
    }

    /** Whether a conversation the visitor wrote in is not resolved yet: a person is, or soon will be, on it. */
    public boolean hasOpenConversation(String visitorId) {
        return !em.createQuery("SELECT e.id FROM TimelineEntry e WHERE e.externalId LIKE :prefix AND e.channel = :chat"
                        + " AND e.direction = :inbound AND e.conversation.status <> :resolved", Long.class)
                .setParameter("prefix", ChatMessageIds.prefix(visitorId) + "%").setParameter("chat", Channel.CHAT)
                .setParameter("inbound", Direction.INBOUND).setParameter("resolved", ConversationStatus.RESOLVED)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** The conversation the visitor wrote in last, if they wrote at all. */
    public Optional<Long> conversationOf(String visitorId) {
        return chatEntries("SELECT e.conversation.id FROM TimelineEntry e WHERE e.externalId LIKE :prefix", Long.class)
                .setParameter("prefix", ChatMessageIds.prefix(visitorId) + "%").setMaxResults(1)
                .getResultStream().findFirst();
    }

    private <T> TypedQuery<T> chatEntries(String select, Class<T> type) {
        return em.createQuery(select + " AND e.channel = :chat AND e.direction = :inbound ORDER BY e.occurredAt DESC, e.id DESC", type)
                .setParameter("chat", Channel.CHAT).setParameter("inbound", Direction.INBOUND);
    }
}
