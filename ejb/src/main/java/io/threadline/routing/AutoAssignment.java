package io.threadline.routing;

import io.threadline.collaboration.ConversationActivity;
import io.threadline.conversation.Conversation;
import io.threadline.conversation.ConversationStatus;
import io.threadline.events.CrmEvent;
import io.threadline.shared.AfterCommit;
import io.threadline.shared.Channel;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Routing's assignment of conversations in PUSH queues. A conversation goes only to an ONLINE agent who serves its
 * queue, has every skill it needs and has room (in all and on its channel); round robin picks whoever got one least
 * recently, least loaded whoever holds fewest. The chosen agent's row is locked and their load counted again before
 * the assignment, so parallel messages on several servers never push anyone past capacity; agents whose load, read
 * without a lock, already fills their capacity are not locked at all (when everyone is full, as in a busy hour, messages
 * would otherwise queue up behind each other's agent locks). A conversation nobody fits
 * waits in its queue, most urgent first, and is offered again the moment an agent frees up.
 * Locks are always taken conversation first, agent second.
 */
@Stateless
public class AutoAssignment {

    private static final Logger LOG = Logger.getLogger(AutoAssignment.class.getName());
    static final String ROUTING = "routing";
    private static final int WAITING_BATCH = 50;
    private static final String OPEN_OF_AGENT = "SELECT COUNT(*) FROM CONVERSATION --DERBY-PROPERTIES index=IX_CONVERSATION_ASSIGNEE\n"
            + " WHERE ASSIGNEE = ?1 AND STATUS = ?2";

    enum Offer { ASSIGNED, NOT_FITTING, AGENT_FULL }

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @Inject
    private QueueDocuments queues;

    @Inject
    private AfterCommit afterCommit;

    @EJB
    private ConversationActivity activity;

    @Resource
    private SessionContext context;

    /**
     * Assigns {@code conversation} (locked by the caller) when its queue pushes and someone fits. Returns the agent,
     * or empty when it waits.
     */
    public Optional<String> assignIfPushed(Conversation conversation) {
        Optional<QueueDefinition> queue = pushing(conversation);
        if (queue.isEmpty()) {
            return Optional.empty();
        }
        List<Agent> fitting = em.createNamedQuery("Agent.online", Agent.class).getResultStream()
                .filter(agent -> AssignmentChoice.fits(agent, queue.get(), conversation.getRequiredSkills())).toList();
        Map<String, Long> loads = new HashMap<>();
        fitting.forEach(agent -> loads.put(agent.getUsername(), loadOf(agent.getUsername())));
        List<Agent> withRoom = fitting.stream().filter(agent -> agent.hasRoom(loads.get(agent.getUsername()), 0, null)).toList();
        List<Agent> candidates = AssignmentChoice.order(withRoom, queue.get().strategy(), loads);
        for (Agent candidate : candidates) {
            if (tryAssign(conversation, candidate.getUsername(), queue.get()) == Offer.ASSIGNED) {
                return Optional.of(candidate.getUsername());
            }
        }
        return Optional.empty();
    }

    /** After the current transaction commits, offers {@code username} the conversations waiting for them. */
    public void offerWaitingAfterCommit(String username) {
        afterCommit.run(() -> context.getBusinessObject(AutoAssignment.class).offerWaiting(username));
    }

    /** After the current transaction commits, offers every online agent what waits for them. */
    public void offerAllAfterCommit() {
        afterCommit.run(() -> context.getBusinessObject(AutoAssignment.class).offerAll());
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void offerAll() {
        for (String agent : em.createQuery("SELECT a.username FROM Agent a WHERE a.presence = io.threadline.routing.Presence.ONLINE",
                String.class).getResultList()) {
            offerWaitingNow(agent);
        }
    }

    /** Gives {@code username} waiting conversations they fit, most urgent first, until they are full (nothing when they already are). */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void offerWaiting(String username) {
        offerWaitingNow(username);
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int offerWaitingNow(String username) {
        Agent agent = em.find(Agent.class, username);
        if (agent == null || !agent.hasRoom(loadOf(username), 0, null)) {
            return 0;
        }
        List<String> pushQueues = queues.all().stream().filter(q -> q.mode() == QueueDefinition.Mode.PUSH)
                .map(QueueDefinition::name).toList();
        if (pushQueues.isEmpty()) {
            return 0;
        }
        List<Long> waiting = em.createQuery("SELECT c.id FROM Conversation c WHERE c.assignee IS NULL AND c.queue IN :queues"
                        + " AND c.status = io.threadline.conversation.ConversationStatus.OPEN AND c.mergedInto IS NULL"
                        + " ORDER BY c.priority, c.slaDueAt, c.openedAt, c.id", Long.class)
                .setParameter("queues", pushQueues).setMaxResults(WAITING_BATCH).getResultList();
        AutoAssignment self = context.getBusinessObject(AutoAssignment.class);
        int assigned = 0;
        for (Long id : waiting) {
            try {
                Offer offer = self.offer(id, username);
                if (offer == Offer.AGENT_FULL) {
                    break;
                }
                if (offer == Offer.ASSIGNED) {
                    assigned++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Offering conversation " + id + " to " + username + " failed; it stays waiting", e);
            }
        }
        return assigned;
    }

    /** In a transaction of its own: conversation {@code id} to {@code username}, if it still waits and they fit. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Offer offer(long id, String username) {
        Conversation conversation = em.find(Conversation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (conversation == null || conversation.getAssignee() != null || conversation.isMerged()
                || conversation.getStatus() != ConversationStatus.OPEN) {
            return Offer.NOT_FITTING;
        }
        Optional<QueueDefinition> queue = pushing(conversation);
        Agent agent = em.find(Agent.class, username);
        if (queue.isEmpty() || agent == null || !AssignmentChoice.fits(agent, queue.get(), conversation.getRequiredSkills())) {
            return Offer.NOT_FITTING;
        }
        return tryAssign(conversation, username, queue.get());
    }

    /** Conversations assigned to {@code username} and still open go back to their queues (the agent went offline). */
    public int returnToQueues(String username) {
        List<Conversation> held = em.createQuery("SELECT c FROM Conversation c WHERE c.assignee = :agent"
                        + " AND c.status = io.threadline.conversation.ConversationStatus.OPEN", Conversation.class)
                .setParameter("agent", username).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (Conversation conversation : held) {
            conversation.assignTo(null);
            activity.record(conversation, ROUTING, username + " went offline; the conversation is back in the "
                    + conversation.getQueue() + " queue", CrmEvent.conversationAssigned(conversation.getId(),
                    conversation.getCustomer().getId(), null, conversation.getQueue(), "agent offline", ROUTING, Instant.now()));
        }
        if (!held.isEmpty()) {
            offerAllAfterCommit();
        }
        return held.size();
    }

    private Offer tryAssign(Conversation conversation, String username, QueueDefinition queue) {
        Agent agent = em.find(Agent.class, username, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(agent);
        if (agent.getPresence() != Presence.ONLINE) {
            return Offer.NOT_FITTING;
        }
        long open = loadOf(username);
        long onChannel = conversation.getChannel() == null ? 0 : loadOn(username, conversation);
        if (!agent.hasRoom(open, onChannel, conversation.getChannel())) {
            return Offer.AGENT_FULL;
        }
        Instant now = Instant.now();
        conversation.assignTo(username);
        agent.assigned(now);
        activity.record(conversation, ROUTING, "Routing assigned it to " + username + " (" + queue.name() + " queue, "
                + queue.strategy().name().toLowerCase().replace('_', ' ') + ")", CrmEvent.conversationAssigned(
                conversation.getId(), conversation.getCustomer().getId(), username, queue.name(), queue.strategy().name(),
                ROUTING, now));
        return Offer.ASSIGNED;
    }

    private Optional<QueueDefinition> pushing(Conversation conversation) {
        return queues.named(conversation.getQueue()).filter(q -> q.mode() == QueueDefinition.Mode.PUSH);
    }

    /**
     * Open conversations the agent holds, read through the assignee index only: on Derby a table scan would wait on the
     * rows other messages' transactions are writing, and two such scans deadlock. The hint is a comment to PostgreSQL.
     */
    private long loadOf(String username) {
        return count(OPEN_OF_AGENT, username, null);
    }

    private long loadOn(String username, Conversation conversation) {
        return count(OPEN_OF_AGENT + " AND CHANNEL = ?3", username, conversation.getChannel());
    }

    private long count(String sql, String username, Channel channel) {
        var query = em.createNativeQuery(sql).setParameter(1, username).setParameter(2, ConversationStatus.OPEN.name());
        if (channel != null) {
            query.setParameter(3, channel.name());
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
