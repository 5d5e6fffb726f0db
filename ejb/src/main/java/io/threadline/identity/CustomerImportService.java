package io.threadline.identity;

import io.threadline.conversation.ConversationService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import java.time.Instant;

/**
 * Brings customers from another system in through identity resolution: a row whose email or phone is
 * already known joins that customer, rows naming identities of several customers merge them, and every
 * import is recorded on the customer's timeline.
 */
@Stateless
public class CustomerImportService {

    @EJB
    private IdentityService identities;

    @EJB
    private ConversationService conversations;

    public Customer importCustomer(ImportedCustomer row) {
        Instant now = Instant.now();
        Customer customer = identities.link(row.identities(), row.name(), row.source(), now);
        conversations.recordSystem(customer, "import", "Imported from " + row.source() + " (line " + row.line() + "): "
                + row.identities().stream().map(IdentityKey::toString).reduce((a, b) -> a + ", " + b).orElse(""), now);
        return customer;
    }
}
