package io.threadline.erp;

import io.threadline.rules.JsonFields;
import io.threadline.shared.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The optional ERP REST lookup: when a profile opens, the customer's recent orders are fetched from the ERP (at most
 * once per {@code crm.erp.lookup.refresh-after} and number) and applied like {@code order.upsert} messages, under
 * the same ordering rules. When the ERP does not answer, the profile shows what Threadline last heard, marked with
 * the time since when the ERP has not answered.
 */
@ApplicationScoped
public class ErpLookup {

    private static final Logger LOG = Logger.getLogger(ErpLookup.class.getName());

    /** When a number was last asked, and since when the ERP has not answered for it (null: it answered). */
    private record Mark(Instant askedAt, Instant unreachableSince) {
    }

    /** Per server: each server asks the ERP for itself. */
    private final Map<String, Mark> marks = new ConcurrentHashMap<>();

    @Inject
    private ErpSettings settings;

    @Inject
    private ErpLookupClient client;

    @EJB
    private Orders orders;

    /** Refreshes the numbers' orders when the lookup is configured; since when the ERP is unreachable, or null. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Instant refresh(List<String> customerNumbers) {
        if (settings.lookupUrl().isEmpty()) {
            return null;
        }
        Instant now = Instant.now();
        Instant unreachableSince = null;
        for (String number : customerNumbers) {
            Mark mark = marks.get(number);
            if (mark == null || mark.askedAt().plus(settings.lookupRefreshAfter()).isBefore(now)) {
                mark = ask(number, mark, now);
            }
            if (mark.unreachableSince() != null && (unreachableSince == null || mark.unreachableSince().isBefore(unreachableSince))) {
                unreachableSince = mark.unreachableSince();
            }
        }
        return unreachableSince;
    }

    private Mark ask(String number, Mark previous, Instant now) {
        ErpLookupClient.Answer answer = client.recentOrders(number);
        if (answer.unreachable() != null) {
            LOG.warning(() -> answer.unreachable() + " for customer " + number + "; showing the last known orders");
            Mark mark = new Mark(now, previous != null && previous.unreachableSince() != null ? previous.unreachableSince() : now);
            marks.put(number, mark);
            return mark;
        }
        for (JsonObject order : answer.orders()) {
            try {
                Instant updatedAt = JsonFields.of(order, "order", order.keySet()).requiredInstant("updatedAt");
                JsonObject data = Json.createObjectBuilder(order).remove("updatedAt").build();
                orders.applyLookedUp(OrderRecord.read(data), new SourceStamp(updatedAt, null), now);
            } catch (InvalidInputException e) {
                LOG.warning(() -> "The ERP lookup sent an order for customer " + number + " that is not valid: " + e.getMessage());
            }
        }
        Mark mark = new Mark(now, null);
        marks.put(number, mark);
        return mark;
    }
}
