package io.threadline.workspace;

import io.threadline.routing.Teams;
import io.threadline.conversation.Conversation;
import io.threadline.conversation.TimelineEntry;
import io.threadline.identity.CustomerTier;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The agents' inbox: open conversations (not resolved) in a view, narrowed by a filter, most urgent first: by priority (1 is most
 * urgent; VIP customers' conversations get it), then by the first SLA due time, then the longest waiting.
 */
@Stateless
public class Inbox {

    static final int MAX_ROWS = 200;
    private static final int SNIPPET = 140;

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @Inject
    private Teams teams;

    /** How long before an SLA due time a conversation already shows in the "Breaching SLA" view. */
    @Inject
    @ConfigProperty(name = "crm.inbox.breach-warning", defaultValue = "PT30M")
    private Duration breachWarning;

    public List<InboxRow> rows(InboxView view, String user) {
        return rows(view, user, InboxFilter.NONE);
    }

    public List<InboxRow> rows(InboxView view, String user, InboxFilter filter) {
        List<Conversation> conversations = query(view, user, filter, Conversation.class, "SELECT c")
                .setMaxResults(MAX_ROWS).getResultList();
        Map<Long, TimelineEntry> latest = latestMessages(conversations);
        return conversations.stream().map(c -> row(c, latest.get(c.getId()))).toList();
    }

    public Map<InboxView, Long> counts(String user) {
        Map<InboxView, Long> counts = new EnumMap<>(InboxView.class);
        for (InboxView view : InboxView.values()) {
            counts.put(view, query(view, user, InboxFilter.NONE, Long.class, "SELECT COUNT(c)").getSingleResult());
        }
        return counts;
    }

    /** The tags on conversations that are not resolved, for the tag filter. */
    public List<String> tagsInUse() {
        // Sorted here: EclipseLink cannot ORDER BY the value of an element collection.
        return em.createQuery("SELECT DISTINCT t FROM Conversation c JOIN c.tags t WHERE c.status <> "
                + "io.threadline.conversation.ConversationStatus.RESOLVED", String.class).getResultStream().sorted().toList();
    }

    private <T> TypedQuery<T> query(InboxView view, String user, InboxFilter filter, Class<T> type, String select) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(filter.status() == null
                ? " WHERE c.status <> io.threadline.conversation.ConversationStatus.RESOLVED" : " WHERE c.status = :status");
        where.append(" AND c.mergedInto IS NULL");
        if (filter.status() != null) {
            parameters.put("status", filter.status());
        }
        switch (view) {
            case MINE -> where.append(" AND c.assignee = :user");
            case UNASSIGNED -> where.append(" AND c.assignee IS NULL");
            case MY_TEAMS -> {
                where.append(" AND c.queue IN :teams");
                List<String> mine = teams.teamsOf(user);
                parameters.put("teams", mine.isEmpty() ? List.of("") : mine);
            }
            case MENTIONS -> where.append(" AND EXISTS (SELECT n FROM Notification n WHERE n.conversation = c"
                    + " AND n.recipient = :user AND n.readAt IS NULL)");
            case VIP -> {
                where.append(" AND c.customer.tier = :vip");
                parameters.put("vip", CustomerTier.VIP);
            }
            case BREACHING_SLA -> {
                where.append(" AND c.slaDueAt < :breachBy");
                parameters.put("breachBy", Instant.now().plus(breachWarning));
            }
            case ALL -> {
            }
        }
        if (view == InboxView.MINE || view == InboxView.MENTIONS) {
            parameters.put("user", user);
        }
        if (filter.channel() != null) {
            where.append(" AND EXISTS (SELECT e FROM TimelineEntry e WHERE e.conversation = c AND e.channel = :channel)");
            parameters.put("channel", filter.channel());
        }
        if (filter.tag() != null) {
            where.append(" AND :tag MEMBER OF c.tags");
            parameters.put("tag", filter.tag());
        }
        if (filter.priority() != null) {
            where.append(" AND c.priority = :priority");
            parameters.put("priority", filter.priority());
        }
        if (filter.queue() != null) {
            where.append(" AND c.queue = :queue");
            parameters.put("queue", filter.queue());
        }
        String order = type == Long.class ? ""
                : " ORDER BY c.priority, c.slaDueAt, c.lastActivityAt, c.id";
        TypedQuery<T> query = em.createQuery(select + " FROM Conversation c" + where + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    /**
     * The newest customer message, call or reply of each conversation (not a note, a system entry or a reply still to
     * be sent), in one query.
     */
    private Map<Long, TimelineEntry> latestMessages(List<Conversation> conversations) {
        if (conversations.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT e FROM TimelineEntry e WHERE e.conversation IN :conversations "
                        + "AND e.direction <> io.threadline.conversation.Direction.INTERNAL AND (e.deliveryStatus IS NULL OR e.deliveryStatus NOT IN "
                        + "(io.threadline.conversation.DeliveryStatus.SCHEDULED, io.threadline.conversation.DeliveryStatus.CANCELLED)) "
                        + "ORDER BY e.occurredAt, e.id", TimelineEntry.class)
                .setParameter("conversations", conversations).getResultStream()
                .collect(Collectors.toMap(e -> e.getConversation().getId(), Function.identity(), (older, newer) -> newer));
    }

    private static InboxRow row(Conversation c, TimelineEntry latest) {
        String text = latest == null || latest.getText() == null ? "" : latest.getText().strip().replaceAll("\\s+", " ");
        return new InboxRow(c.getId(), c.getCustomer().getId(), c.getCustomer().label(),
                c.getCustomer().getTier() == CustomerTier.VIP,
                latest == null ? c.getStartedOn().name() : latest.getChannel() == null ? "" : latest.getChannel().name(),
                c.getSubject(), text.length() > SNIPPET ? text.substring(0, SNIPPET - 1) + "…" : text,
                c.getPriority(), c.getStatus().name(), c.getAssignee(), c.getQueue(), c.getLastActivityAt(), c.getOpenedAt(),
                c.getTags().stream().sorted().toList(), c.getUrgency(), c.getLanguage(), c.getSlaDueAt());
    }
}
