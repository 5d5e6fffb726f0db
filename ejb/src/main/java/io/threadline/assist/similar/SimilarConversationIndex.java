package io.threadline.assist.similar;

import io.threadline.events.CrmEvent;
import io.threadline.events.EventPublisher;
import io.threadline.events.EventType;
import io.threadline.events.ServerInstance;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This server's index of the resolved conversations. Filled from the database just after the application starts (in the
 * background: a long history does not hold up the start), kept current by the events every server hears on the events
 * topic after their transaction committed (a conversation resolved is put in; reopened, set pending or snoozed, or merged
 * away, taken out), and rebuilt on every server by the {@code similar-conversations-reindex} job. Each page of a rebuild
 * is read in a transaction of its own, so a large history never runs into the transaction timeout. Searches run
 * concurrently with changes, hence no container lock.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "DemoData"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SimilarConversationIndex {

    private static final Logger LOG = Logger.getLogger(SimilarConversationIndex.class.getName());
    static final int PAGE = 500;
    private static final Set<EventType> STATUS_CHANGES = Set.of(EventType.CONVERSATION_RESOLVED,
            EventType.CONVERSATION_REOPENED, EventType.CONVERSATION_PENDING, EventType.CONVERSATION_SNOOZED);

    @Resource
    private TimerService timers;

    @EJB
    private ConversationTexts texts;

    @EJB
    private EventPublisher events;

    @Inject
    private SimilarSettings settings;

    private SimilarConversationSearchIndex index;

    @PostConstruct
    void open() {
        index = new SimilarConversationSearchIndex(settings.directory());
        rebuildSoon();
    }

    /** A rebuild in the background, on a timer's thread: at start, and when another server's job asks for one. */
    private void rebuildSoon() {
        timers.createSingleActionTimer(1, new TimerConfig(null, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void rebuildInBackground() {
        long start = System.nanoTime();
        try {
            int indexed = rebuild();
            LOG.info(String.format("Similar conversations index: %d resolved conversations in %.1f s", indexed,
                    (System.nanoTime() - start) / 1e9));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The index of resolved conversations could not be rebuilt; the job"
                    + " similar-conversations-reindex tries again", e);
        }
    }

    /** Reads every resolved conversation again, a page per transaction; the count indexed. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int rebuild() {
        return index.replaceAll(this::pages);
    }

    /**
     * Rebuilds this server's index and then has every other server rebuild its own
     * ({@code conversations.reindexed}); the count indexed here.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int rebuildEverywhere(long jobExecutionId) {
        int conversations = rebuild();
        events.publish(CrmEvent.similarConversationsReindexed(conversations, jobExecutionId, ServerInstance.ID, Instant.now()));
        return conversations;
    }

    /**
     * Follows the conversation events from the events topic (each read again from the database: whatever the event, the
     * conversation is in the index exactly when it is resolved and has something to suggest), and another server's
     * {@code conversations.reindexed} by rebuilding in the background; other events are not its business.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void heard(JsonObject event) {
        EventType type = EventType.named(event.getString("type", "")).orElse(null);
        if (type == null) {
            return;
        }
        JsonObject data = event.getJsonObject("data");
        if (type == EventType.SIMILAR_CONVERSATIONS_REINDEXED && !ServerInstance.ID.equals(data.getString("server"))) {
            rebuildSoon();
        } else if (STATUS_CHANGES.contains(type)) {
            follow(data.getJsonNumber("conversationId").longValue());
        } else if (type == EventType.CONVERSATION_MERGED) {
            follow(data.getJsonNumber("conversationId").longValue());
            follow(data.getJsonNumber("mergedConversationId").longValue());
        }
    }

    private void follow(long conversationId) {
        texts.resolved(conversationId).ifPresentOrElse(index::put, () -> index.remove(conversationId));
    }

    /** The conversations most like {@code text}, most alike first, never {@code excluded}. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<SimilarMatch> similar(String text, long excluded, int limit) {
        return index.similar(text, excluded, limit);
    }

    /** The resolved conversations, a page at a time, each read when the rebuild comes to it. */
    private Iterator<List<ResolvedConversation>> pages() {
        return new Iterator<>() {
            private ConversationTexts.Page last;

            @Override
            public boolean hasNext() {
                return last == null || last.read() == PAGE;
            }

            @Override
            public List<ResolvedConversation> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                last = texts.resolvedAfter(last == null ? 0 : last.lastId(), PAGE);
                return last.conversations();
            }
        };
    }

    @PreDestroy
    void close() {
        index.close();
    }
}
