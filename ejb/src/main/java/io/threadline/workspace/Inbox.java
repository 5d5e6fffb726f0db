package io.threadline.workspace;

import io.threadline.conversation.Conversation;
import io.threadline.conversation.TimelineEntry;
import io.threadline.identity.CustomerTier;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The agents' inbox: open conversations (not resolved) in a view, most urgent first: by priority (1 is most
 * urgent; VIP customers' conversations get it), then by the first SLA due time, then the longest waiting.
 */
@Stateless
public class Inbox {

    static final int MAX_ROWS = 200;
    private static final int SNIPPET = 140;

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    public List<InboxRow> rows(InboxView view, String user) {
        List<Conversation> conversations = query(view, user, Conversation.class, "SELECT c")
                .setMaxResults(MAX_ROWS).getResultList();
        Map<Long, TimelineEntry> latest = latestMessages(conversations);
        return conversations.stream().map(c -> row(c, latest.get(c.getId()))).toList();
    }

    public Map<InboxView, Long> counts(String user) {
        Map<InboxView, Long> counts = new EnumMap<>(InboxView.class);
        for (InboxView view : InboxView.values()) {
            counts.put(view, query(view, user, Long.class, "SELECT COUNT(c)").getSingleResult());
        }
        return counts;
    }

    private <T> TypedQuery<T> query(InboxView view, String user, Class<T> type, String select) {
        String where = switch (view) {
            case MINE -> " AND c.assignee = :user";
            case UNASSIGNED -> " AND c.assignee IS NULL";
            case VIP -> " AND c.customer.tier = :vip";
            case ALL -> "";
        };
        String order = type == Long.class ? ""
                : " ORDER BY c.priority, c.firstResponseDueAt, c.lastActivityAt, c.id";
        TypedQuery<T> query = em.createQuery(select + " FROM Conversation c WHERE c.status <> "
                + "io.threadline.conversation.ConversationStatus.RESOLVED" + where + order, type);
        if (view == InboxView.MINE) {
            query.setParameter("user", user);
        } else if (view == InboxView.VIP) {
            query.setParameter("vip", CustomerTier.VIP);
        }
        return query;
    }

    /** The newest customer message or reply of each conversation, in one query. */
    private Map<Long, TimelineEntry> latestMessages(List<Conversation> conversations) {
        if (conversations.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT e FROM TimelineEntry e WHERE e.conversation IN :conversations "
                        + "AND e.type <> io.threadline.conversation.EntryType.SYSTEM ORDER BY e.occurredAt, e.id", TimelineEntry.class)
                .setParameter("conversations", conversations).getResultStream()
                .collect(Collectors.toMap(e -> e.getConversation().getId(), Function.identity(), (older, newer) -> newer));
    }

    private static InboxRow row(Conversation c, TimelineEntry latest) {
        String text = latest == null || latest.getText() == null ? "" : latest.getText().strip().replaceAll("\\s+", " ");
        return new InboxRow(c.getId(), c.getCustomer().getId(), c.getCustomer().label(),
                c.getCustomer().getTier() == CustomerTier.VIP,
                latest == null ? c.getStartedOn().name() : latest.getChannel() == null ? "" : latest.getChannel().name(),
                c.getSubject(), text.length() > SNIPPET ? text.substring(0, SNIPPET - 1) + "…" : text,
                c.getPriority(), c.getStatus().name(), c.getAssignee(), c.getQueue(), c.getLastActivityAt(), c.getOpenedAt());
    }
}
