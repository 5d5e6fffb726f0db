package io.threadline.conversation;

import io.threadline.events.CrmEvent;
import io.threadline.events.EventPublisher;
import io.threadline.identity.Customer;
import io.threadline.identity.CustomerTier;
import io.threadline.shared.Channel;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Places interactions on a customer's conversations and timeline. A message joins the conversation it
 * replies to (In-Reply-To, else References from the newest), else the customer's active conversation if it saw activity within
 * {@code crm.conversation.reopen-window} (any channel), else it opens a new conversation.
 */
@Stateless
public class ConversationService {

    /** What a merge moved from one customer to another: the ids of the conversations and timeline entries. */
    public record Moved(List<Long> conversations, List<Long> entries) {
    }

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private EventPublisher events;

    @Inject
    @ConfigProperty(name = "crm.conversation.reopen-window", defaultValue = "P7D")
    Duration reopenWindow;

    public boolean isKnown(Channel channel, String externalId) {
        return known(channel, externalId).isPresent();
    }

    /**
     * A later event of a call already on the timeline (the call ended, was missed, its transcript arrived) fills
     * in that entry. Returns false when the call is not on the timeline yet.
     */
    public boolean fillInCall(InboundInteraction event) {
        Optional<TimelineEntry> entry = known(event.channel(), event.externalId());
        entry.ifPresent(e -> e.fillInCall(event.call(), event.text()));
        return entry.isPresent();
    }

    private Optional<TimelineEntry> known(Channel channel, String externalId) {
        return em.createNamedQuery("TimelineEntry.byExternalId", TimelineEntry.class)
                .setParameter("channel", channel).setParameter("externalId", externalId)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** What an inbound message became: its entry, in a conversation that it may have opened. */
    public record Appended(TimelineEntry entry, Conversation conversation, boolean opened) {
    }

    /** Places the message; nothing is announced yet, so routing can decide first ({@link #announce}). */
    public Appended appendInbound(Customer customer, InboundInteraction interaction) {
        Optional<Conversation> joined = repliedTo(customer, interaction)
                .or(() -> latestActive(customer, interaction.occurredAt()));
        Conversation conversation = joined.orElseGet(() -> open(customer, interaction.channel(), interaction.subject(),
                interaction.occurredAt()));
        conversation.recordActivity(interaction.occurredAt());
        conversation.learnSubject(interaction.subject());
        TimelineEntry entry = TimelineEntry.inbound(customer, conversation, interaction);
        em.persist(entry);
        // Write now, inside the caller's try: a constraint violation (a racing duplicate) fails here, with a reason.
        em.flush();
        return new Appended(entry, conversation, joined.isEmpty());
    }

    /**
     * Puts a customer's message on {@code conversation}'s timeline as it is: not reopened, not announced (a survey's
     * answer lands on the conversation it rates, even a resolved one).
     */
    public TimelineEntry appendAnswer(Conversation conversation, Customer customer, InboundInteraction interaction) {
        TimelineEntry entry = TimelineEntry.inbound(customer, conversation, interaction);
        em.persist(entry);
        em.flush();
        return entry;
    }

    /** Publishes {@code conversation.created} (for a new one, as routed) and {@code message.received}. */
    public void announce(Appended appended) {
        Conversation conversation = appended.conversation();
        TimelineEntry entry = appended.entry();
        if (appended.opened()) {
            events.publish(CrmEvent.conversationCreated(conversation.getId(), conversation.getCustomer().getId(), entry.getId(),
                    conversation.getStartedOn(), conversation.getQueue(), conversation.getPriority(), entry.getReceivedAt()));
        }
        events.publish(CrmEvent.messageReceived(conversation.getCustomer().getId(), conversation.getId(), entry.getId(),
                entry.getChannel(), entry.getExternalId(), entry.getReceivedAt()));
    }

    /** An event of the customer's record (a merge, an import) on their timeline; it belongs to no conversation. */
    public TimelineEntry recordSystem(Customer customer, String author, String text, Instant at) {
        TimelineEntry entry = TimelineEntry.system(customer, author, text, at);
        em.persist(entry);
        return entry;
    }

    /** The customer's tier changed: their conversations that are not resolved follow it (VIPs' go to the top). */
    public int followTier(Customer customer) {
        int changed = 0;
        for (Conversation conversation : em.createNamedQuery("Conversation.ofCustomer", Conversation.class)
                .setParameter("customerId", customer.getId()).getResultList()) {
            if (conversation.getStatus() != ConversationStatus.RESOLVED) {
                conversation.followTier(customer.getTier());
                changed++;
            }
        }
        return changed;
    }

    public Moved moveAll(Customer from, Customer to) {
        em.flush();
        List<Long> entries = em.createNamedQuery("TimelineEntry.idsOfCustomer", Long.class)
                .setParameter("customer", from).getResultList();
        List<Long> moved = em.createNamedQuery("Conversation.ofCustomer", Conversation.class)
                .setParameter("customerId", from.getId()).getResultStream()
                .peek(conversation -> conversation.moveTo(to)).map(Conversation::getId).toList();
        em.flush();
        em.createNamedQuery("TimelineEntry.moveCustomer").setParameter("survivor", to).setParameter("merged", from)
                .executeUpdate();
        return new Moved(moved, entries);
    }

    /**
     * Undoes a merge's move: the conversations and entries of the merge {@code mergeId} that {@code from} still has go
     * back to {@code to}, and so do the entries written since into those conversations. Conversations follow the tier
     * of the customer they are with now. Returns what moved.
     */
    public Moved moveBack(long mergeId, Customer from, Customer to) {
        em.flush();
        List<Conversation> back = em.createNamedQuery("Conversation.ofMerge", Conversation.class)
                .setParameter("mergeId", mergeId).setParameter("customer", from).getResultList();
        List<Long> entries = em.createNamedQuery("TimelineEntry.idsOfMerge", Long.class)
                .setParameter("mergeId", mergeId).setParameter("customer", from).getResultList();
        back.forEach(conversation -> conversation.moveTo(to));
        em.flush();
        em.createNamedQuery("TimelineEntry.moveBack").setParameter("mergeId", mergeId)
                .setParameter("from", from).setParameter("to", to).executeUpdate();
        followTier(from);
        followTier(to);
        return new Moved(back.stream().map(Conversation::getId).toList(), entries);
    }

    /** The conversation of the latest earlier message this one answers, if it is this customer's and still open. */
    private Optional<Conversation> repliedTo(Customer customer, InboundInteraction interaction) {
        return interaction.answered().stream()
                .flatMap(id -> known(interaction.channel(), id).stream())
                .map(TimelineEntry::getConversation)
                .filter(c -> c != null && c.getCustomer().getId().equals(customer.getId())
                        && c.getStatus() != ConversationStatus.RESOLVED)
                .findFirst();
    }

    /** The customer's conversation a message at {@code at} would join (not counting threading), if any. */
    public Optional<Conversation> latestActive(Customer customer, Instant at) {
        return em.createNamedQuery("Conversation.latestActive", Conversation.class)
                .setParameter("customerId", customer.getId()).setMaxResults(1)
                .getResultStream().findFirst()
                .filter(c -> c.takesActivityAt(at, reopenWindow));
    }

    private Conversation open(Customer customer, Channel channel, String subject, Instant at) {
        int priority = customer.getTier() == CustomerTier.VIP ? Conversation.VIP_PRIORITY : Conversation.NORMAL_PRIORITY;
        Conversation conversation = new Conversation(customer, channel, subject, at, priority);
        em.persist(conversation);
        return conversation;
    }
}
