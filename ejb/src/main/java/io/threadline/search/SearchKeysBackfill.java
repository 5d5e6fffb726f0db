package io.threadline.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.function.LongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fills the search columns of rows written before those columns existed (a database upgraded from an earlier
 * release), so that old customers, subjects and messages are found like new ones. Runs once, shortly after the server
 * started, in batches of their own transactions; on a database that needs nothing it costs three indexed queries.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class SearchKeysBackfill {

    /** How many rows of each kind were filled in. */
    public record Filled(long customers, long conversations, long entries) {
    }

    private static final Logger LOG = Logger.getLogger(SearchKeysBackfill.class.getName());
    private static final long START_DELAY_MILLIS = 5_000;

    @Resource
    private TimerService timers;

    @EJB
    private SearchKeysBatches batches;

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(START_DELAY_MILLIS, new TimerConfig(null, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onStart() {
        try {
            Filled filled = fillAll();
            if (filled.customers() + filled.conversations() + filled.entries() > 0) {
                LOG.info(() -> "Search keys filled in for rows written before search existed: " + filled);
            }
        } catch (RuntimeException e) {
            // Another server may be filling the same rows; what is left is done at the next start.
            LOG.log(Level.WARNING, "Filling in search keys stopped; the rest is done at the next start", e);
        }
    }

    /** Fills every row that lacks its search key, batch by batch. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Filled fillAll() {
        return new Filled(fill(batches::customersAfter), fill(batches::conversationsAfter), fill(batches::entriesAfter));
    }

    private static long fill(LongFunction<SearchKeysBatches.Batch> batchAfter) {
        long filled = 0;
        for (SearchKeysBatches.Batch batch = batchAfter.apply(0); batch.rows() > 0; batch = batchAfter.apply(batch.lastId())) {
            filled += batch.rows();
        }
        return filled;
    }
}
