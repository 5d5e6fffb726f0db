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
import java.util.Optional;

/**
 * Messaging windows the providers enforce, checked before a reply is queued so that an agent learns at once why
 * it cannot go out. WhatsApp allows free text only within 24 hours of the customer's last WhatsApp message (outside
 * it only pre-approved templates, which Threadline does not send). Messenger and Instagram allow a standard reply
 * within 24 hours and a reply tagged {@code HUMAN_AGENT} within 7 days.
 */
@Dependent
public class ChannelRules {

    static final Duration STANDARD_WINDOW = Duration.ofHours(24);
    static final Duration HUMAN_AGENT_WINDOW = Duration.ofDays(7);

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    public void requireReplyAllowed(Customer customer, Channel channel, Instant now) {
        Duration window = switch (channel) {
            case WHATSAPP -> STANDARD_WINDOW;
            case FACEBOOK, INSTAGRAM -> HUMAN_AGENT_WINDOW;
            default -> null;
        };
        if (window == null) {
            return;
        }
        String rule = name(channel) + " allows a free-text reply only within " + describe(window)
                + " of the customer's last " + name(channel) + " message";
        Instant last = lastInboundOn(customer, channel).orElseThrow(() -> new ConflictException(
                rule + ", and " + customer.label() + " has not written on " + name(channel) + "; answer on another channel"));
        if (last.plus(window).isBefore(now)) {
            throw new ConflictException(rule + "; " + customer.label() + " last wrote at " + last.truncatedTo(ChronoUnit.SECONDS)
                    + ", so the window closed at " + last.plus(window).truncatedTo(ChronoUnit.SECONDS)
                    + "; answer on another channel");
        }
    }

    /** Whether a Messenger or Instagram reply needs the HUMAN_AGENT tag: the customer wrote more than 24 hours ago. */
    static boolean needsHumanAgentTag(Instant customerLastWrote, Instant now) {
        return customerLastWrote == null || customerLastWrote.plus(STANDARD_WINDOW).isBefore(now);
    }

    public Optional<Instant> lastInboundOn(Customer customer, Channel channel) {
        return em.createNamedQuery("TimelineEntry.inboundTimesOn", Instant.class)
                .setParameter("customerId", customer.getId()).setParameter("channel", channel)
                .setMaxResults(1).getResultStream().findFirst();
    }

    private static String name(Channel channel) {
        return switch (channel) {
            case WHATSAPP -> "WhatsApp";
            case FACEBOOK -> "Messenger";
            case INSTAGRAM -> "Instagram";
            default -> channel.name();
        };
    }

    private static String describe(Duration window) {
        return window.toHours() <= 24 ? window.toHours() + " hours" : window.toDays() + " days";
    }
}
