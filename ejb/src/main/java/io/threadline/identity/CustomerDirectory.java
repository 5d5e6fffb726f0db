package io.threadline.identity;

import io.threadline.conversation.TimelineQueries;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Read side of the identity context: customer profiles, and lookup by any identity. */
@Stateless
public class CustomerDirectory {

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private IdentityService identities;

    @EJB
    private TimelineQueries timelines;

    @Inject
    private IdentityNormalizer normalizer;

    @Inject
    private Instance<ProfileEnrichment> enrichments;

    public Optional<CustomerView> profile(Long id) {
        return Optional.ofNullable(em.find(Customer.class, id)).map(this::view);
    }

    /**
     * Customers owning an identity with this value. The value is tried as given, as a normalized email and
     * as a phone number in E.164, so "+1 (415) 555-0100", "4155550100" and "Sarah@Example.com" all find their owner.
     */
    public List<CustomerView> findByIdentity(String value) {
        Set<String> candidates = new LinkedHashSet<>();
        String trimmed = value.trim();
        candidates.add(trimmed);
        candidates.add(trimmed.toLowerCase(java.util.Locale.ROOT));
        tryNormalize(() -> normalizer.phone(trimmed, "identity").value()).ifPresent(candidates::add);
        return em.createQuery("SELECT DISTINCT i.customer FROM Identity i WHERE i.value IN :values", Customer.class)
                .setParameter("values", candidates)
                .getResultStream().map(this::view).toList();
    }

    private CustomerView view(Customer c) {
        List<CustomerView.IdentityView> ids = identities.identitiesOf(c.getId()).stream()
                .map(i -> new CustomerView.IdentityView(i.getType().name(), i.getValue(), i.getSource(), i.getFirstSeenAt()))
                .toList();
        return new CustomerView(c.getId(), c.label(), c.getTier().name(), c.isTierManual(), c.isMerged() ? "MERGED" : c.isAnonymized() ? "ANONYMIZED" : "ACTIVE",
                c.getMergedInto(), c.getCreatedAt(), ids, timelines.conversationsOf(c.getId()),
                enrichments.isResolvable() ? enrichments.get().of(c.getId()).orElse(null) : null);
    }

    private static Optional<String> tryNormalize(java.util.function.Supplier<String> normalize) {
        try {
            return Optional.of(normalize.get());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
