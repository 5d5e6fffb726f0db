package io.threadline.routing;

import io.threadline.audit.AuditLog;
import io.threadline.collaboration.ConversationActivity;
import io.threadline.conversation.Conversation;
import io.threadline.conversation.ConversationStatus;
import io.threadline.events.CrmEvent;
import io.threadline.shared.Actor;
import io.threadline.shared.ForbiddenException;
import io.threadline.shared.InvalidInputException;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who works a conversation. An agent takes the next one from a queue or assigns one to themselves; a supervisor
 * assigns anyone; anyone escalates to a team (its queue) with a reason. Each step is a system entry on the
 * timeline and a {@code conversation.assigned} event.
 */
@Stateless
public class Assignments {

    /** How many of the most urgent candidates "take next" tries before saying the queue is empty. */
    static final int CANDIDATES = 25;
    static final int MAX_REASON = 500;

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private AuditLog audit;

    @EJB
    private ConversationActivity activity;

    @Inject
    private Teams teams;

    @EJB
    private AutoAssignment autoAssignment;

    /**
     * Assigns the most urgent unassigned open conversation of {@code queue} to the actor. Every candidate is locked
     * and checked again before it is assigned, so two agents taking at the same moment never get the same one: the
     * second waits for the first's commit, sees the conversation taken and goes on to the next.
     */
    public Conversation takeNext(String queue, Actor actor) {
        String from = queue == null || queue.isBlank() ? Conversation.DEFAULT_QUEUE : queue.trim();
        if (!teams.queues().contains(from)) {
            throw new InvalidInputException("queue", "no queue '" + from + "'; queues: " + teams.queues());
        }
        List<Long> candidates = em.createQuery("SELECT c.id FROM Conversation c WHERE c.assignee IS NULL AND c.queue = :queue"
                        + " AND c.status = io.threadline.conversation.ConversationStatus.OPEN"
                        + " ORDER BY c.priority, c.slaDueAt, c.lastActivityAt, c.id", Long.class)
                .setParameter("queue", from).setMaxResults(CANDIDATES).getResultList();
        for (Long id : candidates) {
            Conversation conversation = activity.lock(id);
            if (conversation.getAssignee() == null && from.equals(conversation.getQueue())
                    && conversation.getStatus() == ConversationStatus.OPEN) {
                conversation.assignTo(actor.name());
                audited(conversation, null, actor);
                announce(conversation, actor, actor.name() + " took the conversation from the " + from + " queue");
                return conversation;
            }
        }
        throw new NotFoundException("Unassigned open conversation in queue", from);
    }

    /** Assigns to {@code assignee}; agents may only assign to themselves. */
    public Conversation assign(long conversationId, String assignee, String reason, Actor actor) {
        if (assignee == null || assignee.isBlank()) {
            throw new InvalidInputException("assignee", "is required: the user name of the agent");
        }
        String to = assignee.trim();
        boolean self = to.equals(actor.name());
        if (!self && !actor.supervisor()) {
            throw new ForbiddenException("Agents can assign a conversation only to themselves; a supervisor can assign it to " + to);
        }
        if (!self && !teams.isAgent(to)) {
            throw new InvalidInputException("assignee", "'" + to + "' is not an agent of any team; agents: " + teams.agents());
        }
        Optional<String> why = reason(reason, false);
        Conversation conversation = activity.lock(conversationId);
        String before = conversation.getAssignee();
        if (to.equals(before)) {
            return conversation;
        }
        conversation.assignTo(to);
        audited(conversation, before, actor);
        String text = self ? actor.name() + " took the conversation"
                : actor.name() + (before == null ? " assigned it to " + to : " reassigned it from " + before + " to " + to);
        announce(conversation, actor, text + why.map(r -> ": " + r).orElse(""));
        return conversation;
    }

    private void audited(Conversation conversation, String before, Actor actor) {
        audit.record(actor.name(), "ASSIGNED", "conversation", String.valueOf(conversation.getId()),
                before == null ? null : Json.createObjectBuilder().add("assignee", before).build(),
                Json.createObjectBuilder().add("assignee", conversation.getAssignee()).build());
    }

    /** Escalates to a team: the conversation waits unassigned in the team's queue; the reason is required. */
    public Conversation escalate(long conversationId, String team, String reason, Actor actor) {
        if (team == null || !teams.exists(team.trim())) {
            throw new InvalidInputException("team", "is required, one of " + teams.names());
        }
        String why = reason(reason, true).orElseThrow();
        String queue = teams.queueOf(team.trim()).orElseThrow(() -> new InvalidInputException("team",
                "the team '" + team.trim() + "' has no queue; an admin gives it one (a queue whose team it is)"));
        return queue(activity.lock(conversationId), queue, actor, actor.name() + " escalated it to " + team.trim() + ": " + why);
    }

    /** Moves the conversation, unassigned, to {@code queue}; it is offered at once when the queue pushes. */
    public Conversation moveToQueue(long conversationId, String queue, Actor actor) {
        if (!teams.queues().contains(queue)) {
            throw new InvalidInputException("queue", "no queue '" + queue + "'; queues: " + teams.queues());
        }
        return queue(activity.lock(conversationId), queue, actor, actor.name() + " moved it to the " + queue + " queue");
    }

    private Conversation queue(Conversation conversation, String queue, Actor actor, String text) {
        conversation.moveToQueue(queue);
        announce(conversation, actor, text);
        autoAssignment.assignIfPushed(conversation);
        return conversation;
    }

    private static Optional<String> reason(String reason, boolean required) {
        if (reason == null || reason.isBlank()) {
            if (required) {
                throw new InvalidInputException("reason", "is required: say why the conversation is escalated");
            }
            return Optional.empty();
        }
        if (reason.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "is longer than " + MAX_REASON + " characters");
        }
        return Optional.of(reason.strip());
    }

    private void announce(Conversation conversation, Actor actor, String text) {
        activity.record(conversation, actor.name(), text, CrmEvent.conversationAssigned(conversation.getId(),
                conversation.getCustomer().getId(), conversation.getAssignee(), conversation.getQueue(), null, actor.name(),
                Instant.now()));
    }
}
