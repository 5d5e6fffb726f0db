package io.threadline.erp;

import io.threadline.conversation.TimelineEntry;
import io.threadline.events.CrmEvent;
import io.threadline.events.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Links a customer's message to the ERP orders it mentions: numbers that look like order numbers
 * ({@code crm.erp.order-number-pattern}) and that the ERP has sent. A mention of another customer's order becomes
 * a merge suggestion ({@link OrderMentionEvidence}). Done when the message is announced ({@code message.received}), in
 * its transaction.
 */
@ApplicationScoped
public class OrderMentions {

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @Inject
    private ErpSettings settings;

    void onPublished(@Observes CrmEvent event) {
        if (event.type() == EventType.MESSAGE_RECEIVED) {
            TimelineEntry entry = em.find(TimelineEntry.class, event.data().getJsonNumber("entryId").longValue());
            if (entry != null) {
                link(entry);
            }
        }
    }

    void link(TimelineEntry entry) {
        Set<String> candidates = new LinkedHashSet<>();
        find(entry.getSubject(), candidates);
        find(entry.getText(), candidates);
        if (candidates.isEmpty()) {
            return;
        }
        Set<String> known = new LinkedHashSet<>(em.createQuery(
                        "SELECT o.orderNumber FROM ErpOrder o WHERE o.orderNumber IN :numbers", String.class)
                .setParameter("numbers", candidates).getResultList());
        List<String> mentioned = candidates.stream().filter(known::contains).toList();
        if (!mentioned.isEmpty()) {
            entry.mentionOrders(mentioned);
        }
    }

    private void find(String text, Set<String> into) {
        if (text == null) {
            return;
        }
        Matcher matcher = settings.orderNumbers().matcher(text.length() > 20_000 ? text.substring(0, 20_000) : text);
        while (matcher.find() && into.size() < TimelineEntry.MAX_ORDERS) {
            into.add(matcher.group().toUpperCase(Locale.ROOT));
        }
    }
}
