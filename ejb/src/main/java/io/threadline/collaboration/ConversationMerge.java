package io.threadline.collaboration;

import io.threadline.conversation.Conversation;
import io.threadline.conversation.TimelineEntry;
import io.threadline.events.CrmEvent;
import io.threadline.shared.Actor;
import io.threadline.shared.ConflictException;
import io.threadline.shared.InvalidInputException;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Merges a conversation into another conversation of the same customer: its entries (so a customer's reply to any
 * of them threads into the target), notifications, tags, priority and assignment move into the target; the source
 * is resolved and keeps only a reference to the target and a system entry saying where it went.
 */
@Stateless
public class ConversationMerge {

    /** A conversation the page offers to merge into. */
    public record Candidate(long id, String subject, String startedOn, String status, String assignee, long entries) {
    }

    /** What a merge of {@code sourceId} into {@code targetId} would move, before the agent confirms it. */
    public record Preview(long sourceId, long targetId, String targetSubject, long entries, List<String> tagsAdded,
                          boolean assignmentMoves, int priorityAfter, String summary) {
    }

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private ConversationActivity activity;

    /** The customer's other conversations that are not merged away, the newest first. */
    public List<Candidate> candidates(long conversationId) {
        Conversation conversation = find(conversationId);
        Map<Long, Long> entries = em.createQuery("SELECT e.conversation.id, COUNT(e) FROM TimelineEntry e "
                        + "WHERE e.customer = :customer AND e.conversation IS NOT NULL GROUP BY e.conversation.id", Object[].class)
                .setParameter("customer", conversation.getCustomer()).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return em.createNamedQuery("Conversation.ofCustomer", Conversation.class)
                .setParameter("customerId", conversation.getCustomer().getId()).getResultStream()
                .filter(c -> !c.getId().equals(conversationId) && !c.isMerged())
                .sorted((a, b) -> b.getLastActivityAt().compareTo(a.getLastActivityAt()))
                .map(c -> new Candidate(c.getId(), c.getSubject(), c.getStartedOn().name(), c.getStatus().name(),
                        c.getAssignee(), entries.getOrDefault(c.getId(), 0L)))
                .toList();
    }

    public Preview preview(long sourceId, Long targetId) {
        Conversation source = find(sourceId);
        Conversation target = find(requireTarget(sourceId, targetId));
        requireMergeable(source, target);
        return previewOf(source, target, entriesOf(source));
    }

    /**
     * Both rows are locked, the lower id first, so two agents merging the same conversations (either way round)
     * happen one after the other and the second sees the first's result.
     */
    public Conversation merge(long sourceId, Long targetId, Actor actor) {
        long into = requireTarget(sourceId, targetId);
        Conversation first = lock(Math.min(sourceId, into));
        Conversation second = lock(Math.max(sourceId, into));
        Conversation source = first.getId() == sourceId ? first : second;
        Conversation target = source == first ? second : first;
        requireMergeable(source, target);
        Preview moved = previewOf(source, target, entriesOf(source));

        em.flush();
        int entries = em.createQuery("UPDATE TimelineEntry e SET e.conversation = :target WHERE e.conversation = :source")
                .setParameter("target", target).setParameter("source", source).executeUpdate();
        em.createQuery("UPDATE Notification n SET n.conversation = :target WHERE n.conversation = :source")
                .setParameter("target", target).setParameter("source", source).executeUpdate();
        target.absorb(source);

        em.persist(TimelineEntry.system(source, actor.name(), actor.name() + " merged this conversation into #"
                + target.getId() + label(target), Instant.now()));
        activity.record(target, actor.name(), actor.name() + " merged conversation #" + source.getId() + label(source)
                        + " into this one (" + entries + (entries == 1 ? " entry" : " entries") + ")",
                CrmEvent.conversationMerged(target.getId(), source.getId(), target.getCustomer().getId(), entries,
                        moved.tagsAdded(), target.getPriority(), actor.name(), Instant.now()));
        return target;
    }

    private static long requireTarget(long sourceId, Long targetId) {
        if (targetId == null) {
            throw new InvalidInputException("into", "is required: the id of the conversation to merge into");
        }
        if (targetId == sourceId) {
            throw new InvalidInputException("into", "is this conversation itself; choose another conversation of the customer");
        }
        return targetId;
    }

    private static void requireMergeable(Conversation source, Conversation target) {
        if (source.isMerged()) {
            throw new ConflictException("Conversation " + source.getId() + " is already merged into conversation "
                    + source.getMergedInto());
        }
        if (target.isMerged()) {
            throw new ConflictException("Conversation " + target.getId() + " was merged into conversation "
                    + target.getMergedInto() + "; merge into that one instead");
        }
        if (!source.getCustomer().getId().equals(target.getCustomer().getId())) {
            throw new ConflictException("Conversation " + source.getId() + " is " + source.getCustomer().label()
                    + "'s and conversation " + target.getId() + " is " + target.getCustomer().label()
                    + "'s: merge the customers first, then their conversations");
        }
    }

    private static Preview previewOf(Conversation source, Conversation target, long entries) {
        TreeSet<String> tagsAdded = new TreeSet<>(source.getTags());
        tagsAdded.removeAll(target.getTags());
        boolean assignmentMoves = target.getAssignee() == null && source.getAssignee() != null;
        StringBuilder what = new StringBuilder(entries + (entries == 1 ? " entry" : " entries"));
        if (!tagsAdded.isEmpty()) {
            what.append(assignmentMoves ? ", " : " and ").append(tagsAdded.size()).append(tagsAdded.size() == 1 ? " tag" : " tags");
        }
        if (assignmentMoves) {
            what.append(" and the assignment (").append(source.getAssignee()).append(")");
        }
        int priority = Math.min(source.getPriority(), target.getPriority());
        String summary = what + (entries == 1 && tagsAdded.isEmpty() && !assignmentMoves ? " moves" : " move")
                + " into #" + target.getId() + label(target) + "; this conversation is closed as merged"
                + (priority < target.getPriority() ? ", and #" + target.getId() + " takes its priority P" + priority : "")
                + ".";
        return new Preview(source.getId(), target.getId(), target.getSubject(), entries, List.copyOf(tagsAdded),
                assignmentMoves, priority, summary);
    }

    private static String label(Conversation c) {
        return c.getSubject() == null ? "" : " '" + c.getSubject() + "'";
    }

    private long entriesOf(Conversation conversation) {
        return em.createQuery("SELECT COUNT(e) FROM TimelineEntry e WHERE e.conversation = :c", Long.class)
                .setParameter("c", conversation).getSingleResult();
    }

    private Conversation find(long id) {
        Conversation conversation = em.find(Conversation.class, id);
        if (conversation == null) {
            throw new NotFoundException("Conversation", id);
        }
        return conversation;
    }

    private Conversation lock(long id) {
        Conversation conversation = em.find(Conversation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (conversation == null) {
            throw new NotFoundException("Conversation", id);
        }
        return conversation;
    }
}
