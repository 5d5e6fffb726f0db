package io.threadline.assist;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;

/**
 * Every minute, counts as abandoned the questions whose articles the visitor has said nothing about for
 * {@code crm.channels.chat.bot.abandoned-after}. One update on every server: whichever runs first ends them, the
 * others find none.
 */
@Singleton
public class AbandonedOffers {

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "crm.channels.chat.bot.abandoned-after", defaultValue = "PT30M")
    Duration abandonedAfter;

    @Schedule(minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void sweep() {
        Instant now = Instant.now();
        em.createNamedQuery("BotOffer.abandon").setParameter("now", now).setParameter("before", now.minus(abandonedAfter))
                .executeUpdate();
    }
}
