package io.threadline.channel.chat;

import io.threadline.identity.Customer;
import io.threadline.identity.Identity;
import io.threadline.identity.IdentityKey;
import io.threadline.identity.IdentityNormalizer;
import io.threadline.identity.IdentityService;
import io.threadline.identity.IdentityType;
import io.threadline.shared.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Chat visitors: recognised by their token when they come back, new ones get a token and a visitor id, and the
 * pre-chat form links their CHAT identity to the customer who owns the email they typed.
 */
@Stateless
public class ChatVisitors {

    static final int MAX_NAME = 200;
    private static final String SOURCE = "CHAT";

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private IdentityService identities;

    @Inject
    private IdentityNormalizer normalizer;

    /** The visitor holding {@code token}, or a new visitor with a new token when there is none or it is unknown. */
    public Visitor arrive(String token) {
        Instant now = Instant.now();
        if (token != null) {
            Optional<ChatVisitor> known = em.createNamedQuery("ChatVisitor.byTokenHash", ChatVisitor.class)
                    .setParameter("tokenHash", VisitorCredentials.hash(token)).getResultStream().findFirst();
            if (known.isPresent()) {
                known.get().seenAt(now);
                return Visitor.of(known.get(), token);
            }
        }
        String fresh = VisitorCredentials.newToken();
        ChatVisitor visitor = new ChatVisitor(VisitorCredentials.newVisitorId(), VisitorCredentials.hash(fresh), now);
        em.persist(visitor);
        return Visitor.of(visitor, fresh);
    }

    /**
     * The pre-chat form. The visitor's CHAT identity joins the customer owning the email, or a new customer with
     * both. A visitor whose chat customer has an email address already and who now types another one is moved to
     * that address's customer: two customers with addresses of their own are never merged on a visitor's word.
     */
    public Visitor introduce(Visitor visitor, String name, String email) {
        String trimmedName = name == null || name.isBlank() ? null : name.trim();
        if (trimmedName != null && trimmedName.length() > MAX_NAME) {
            throw new InvalidInputException("name", "is longer than " + MAX_NAME + " characters");
        }
        IdentityKey address = normalizer.email(email, "email");
        ChatVisitor known = em.createNamedQuery("ChatVisitor.byVisitorId", ChatVisitor.class)
                .setParameter("visitorId", visitor.visitorId()).getSingleResult();
        known.introduce(trimmedName, address.value());
        link(new IdentityKey(IdentityType.CHAT, visitor.visitorId()), address, trimmedName);
        return Visitor.of(known, visitor.token());
    }

    private void link(IdentityKey chat, IdentityKey address, String name) {
        Instant now = Instant.now();
        Optional<Identity> chatIdentity = identities.find(chat);
        if (chatIdentity.isEmpty() || !hasEmail(chatIdentity.get().getCustomer())) {
            identities.link(List.of(chat, address), name, SOURCE, now);
            return;
        }
        Customer owner = identities.resolve(address, name, SOURCE, now);
        if (!owner.getId().equals(chatIdentity.get().getCustomer().getId())) {
            chatIdentity.get().moveTo(owner);
        }
    }

    private boolean hasEmail(Customer customer) {
        return identities.identitiesOf(customer.getId()).stream().anyMatch(i -> i.getType() == IdentityType.EMAIL);
    }
}
