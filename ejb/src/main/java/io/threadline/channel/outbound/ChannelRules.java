package io.threadline.channel.outbound;

import io.threadline.identity.Customer;
import io.threadline.shared.Channel;
import io.threadline.shared.ConflictException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Rules the providers enforce, checked before a reply is queued so that an agent learns at once why it cannot
 * go out. WhatsApp allows free-text messages only within 24 hours of the customer's last WhatsApp message
 * (its customer-service window); outside it only pre-approved templates may be sent, which Threadline does not
 * send, so the reply is refused.
 */
@Dependent
public class ChannelRules {

    static final Duration WHATSAPP_WINDOW = Duration.ofHours(24);

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    public void requireReplyAllowed(Customer customer, Channel channel, Instant now) {
        if (channel != Channel.WHATSAPP) {
            return;
        }
        Instant last = em.createNamedQuery("TimelineEntry.inboundTimesOn", Instant.class)
                .setParameter("customerId", customer.getId()).setParameter("channel", channel)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (last == null) {
            throw new ConflictException("WhatsApp allows a free-text reply only within 24 hours of the customer's "
                    + "last WhatsApp message, and " + customer.label() + " has not written on WhatsApp; "
                    + "answer on another channel");
        }
        if (last.plus(WHATSAPP_WINDOW).isBefore(now)) {
            throw new ConflictException("WhatsApp allows a free-text reply only within 24 hours of the customer's "
                    + "last WhatsApp message; " + customer.label() + " last wrote at " + last.truncatedTo(ChronoUnit.SECONDS)
                    + ", so the window closed at " + last.plus(WHATSAPP_WINDOW).truncatedTo(ChronoUnit.SECONDS)
                    + "; answer on another channel");
        }
    }
}
