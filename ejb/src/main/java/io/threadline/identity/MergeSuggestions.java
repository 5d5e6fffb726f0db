package io.threadline.identity;

import io.threadline.conversation.ConversationService;
import io.threadline.shared.InvalidInputException;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Possibly the same person" for one customer: the pairs identity-dedupe recorded ({@link DuplicateCandidates}) together
 * with what the signals find now ({@link DuplicateSignals}), one suggestion per other customer with the reasons of both,
 * highest score first. An agent confirms a suggestion by merging, or answers "not the same person", which is kept for
 * good.
 */
@Stateless
public class MergeSuggestions {

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private ConversationService conversations;

    @EJB
    private DuplicateSignals signals;

    @EJB
    private DuplicateCandidates candidates;

    public List<MergeSuggestion> forCustomer(long customerId) {
        Customer customer = em.find(Customer.class, customerId);
        if (customer == null) {
            throw new NotFoundException("Customer", customerId);
        }
        if (customer.isMerged()) {
            return List.of();
        }
        Map<Long, List<DuplicateEvidence>> reasons = new LinkedHashMap<>();
        Map<Long, Instant> recorded = new HashMap<>();
        for (DuplicateCandidate candidate : candidates.openOf(customerId)) {
            long other = candidate.otherThan(customerId);
            reasons.computeIfAbsent(other, id -> new ArrayList<>()).addAll(candidate.evidence());
            recorded.put(other, candidate.getFoundAt());
        }
        signals.of(customer).forEach((other, why) -> reasons.computeIfAbsent(other.getId(), id -> new ArrayList<>()).addAll(why));
        Set<Long> dismissed = em.createNamedQuery("MergeSuggestionDismissal.involving", MergeSuggestionDismissal.class)
                .setParameter("customerId", customerId).getResultStream()
                .map(d -> d.otherThan(customerId)).collect(Collectors.toSet());
        List<MergeSuggestion> suggestions = new ArrayList<>();
        reasons.forEach((otherId, why) -> {
            Customer other = em.find(Customer.class, otherId);
            if (dismissed.contains(otherId) || other == null || other.isMerged() || other.isAnonymized()) {
                return;
            }
            List<DuplicateEvidence> evidence = DuplicateEvidence.distinct(why);
            suggestions.add(new MergeSuggestion(otherId, other.label(), other.getTier().name(), DuplicateEvidence.score(evidence),
                    evidence.stream().map(DuplicateEvidence::reason).toList(), evidence, recorded.get(otherId)));
        });
        suggestions.sort(Comparator.comparingInt(MergeSuggestion::score).reversed());
        return suggestions;
    }

    /**
     * "Not the same person": the pair is never suggested again, and both timelines say who decided it. Returns false
     * when the pair had been dismissed already.
     */
    public boolean dismiss(long customerId, long otherId, String actor) {
        if (customerId == otherId) {
            throw new InvalidInputException("other", "is the customer itself");
        }
        Customer customer = active(customerId);
        Customer other = active(otherId);
        boolean known = em.createNamedQuery("MergeSuggestionDismissal.involving", MergeSuggestionDismissal.class)
                .setParameter("customerId", customerId).getResultStream().anyMatch(d -> d.otherThan(customerId) == otherId);
        if (known) {
            return false;
        }
        Instant now = Instant.now();
        em.persist(new MergeSuggestionDismissal(customerId, otherId, actor, now));
        candidates.dismissed(customerId, otherId, actor, now);
        conversations.recordSystem(customer, actor, actor + " marked " + other.label() + " (customer " + otherId
                + ") as not the same person", now);
        conversations.recordSystem(other, actor, actor + " marked " + customer.label() + " (customer " + customerId
                + ") as not the same person", now);
        return true;
    }

    private Customer active(long id) {
        Customer customer = em.find(Customer.class, id);
        if (customer == null || customer.isMerged()) {
            throw new NotFoundException("Customer", id);
        }
        return customer;
    }
}
