package io.threadline.assist.similar;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "More like this" over a small shop's resolved conversations: the one about the same problem comes first. */
class SimilarConversationSearchIndexTest {

    private static final Instant RESOLVED = Instant.parse("2026-11-20T10:00:00Z");
    private final SimilarConversationSearchIndex index = new SimilarConversationSearchIndex(new ByteBuffersDirectory());

    @AfterEach
    void close() {
        index.close();
    }

    private static ResolvedConversation conversation(long id, String language, String question) {
        return new ResolvedConversation(id, 1000 + id, language, RESOLVED, question,
                new ResolvingReply(10 * id, "alice", "reply " + id, RESOLVED));
    }

    private void fill() {
        index.replaceAll(List.of(List.of(
                conversation(1, "en", "The zipper of my Alpine jacket broke after two weeks. Can you repair the zipper?"),
                conversation(2, "en", "I was charged twice for order 4411, please refund the second payment."),
                conversation(3, "en", "My parcel never arrived, the tracking number shows no update since Monday."),
                conversation(4, "en", "How do I reset my password? The login page says my account is locked.")),
                List.of(conversation(5, "de", "Der Reißverschluss meiner Jacke ist kaputt gegangen. Können Sie ihn reparieren?"),
                        conversation(6, null, "zipper stuck on the jacket, need a repair"),
                        conversation(7, "en", "Where is my parcel? Tracking has not moved for days."))));
    }

    private List<Long> similar(String text, long excluded) {
        return index.similar(text, excluded, 3).stream().map(SimilarMatch::conversationId).toList();
    }

    @Test
    void theConversationAboutTheSameProblemComesFirst() {
        fill();
        assertEquals(7, index.size());
        assertEquals(1L, similar("Hello, the zipper on my jacket is broken. Could you repair it?", 99).get(0));
        assertEquals(2L, similar("You charged me twice! I want a refund.", 99).get(0));
        assertEquals(4L, similar("I cannot log in, I forgot my password", 99).get(0));
        assertEquals(List.of(7L, 3L), similar("my parcel has not arrived and the tracking shows nothing", 99).subList(0, 2)
                .stream().sorted((a, b) -> Long.compare(b, a)).toList(), "both parcel conversations lead");
    }

    @Test
    void theConversationAskedAboutIsNeverItsOwnSuggestion() {
        fill();
        List<Long> similar = similar("My parcel never arrived, the tracking number shows no update since Monday.", 3);
        assertEquals(7L, similar.get(0));
        assertTrue(!similar.contains(3L), similar.toString());
    }

    @Test
    void eachLanguageIsReadWithItsOwnStemmingAndAMisrecognisedOneStillMatches() {
        fill();
        assertEquals(5L, similar("Reißverschlüsse kaputt, bitte reparieren", 99).get(0), "German stemming");
        List<Long> zipper = similar("zipper stuck", 99);
        assertTrue(zipper.contains(1L) && zipper.contains(6L), "English and of no recognised language: " + zipper);
        List<Long> mixed = similar("zipper jacket repair Reißverschluss", 99);
        assertTrue(mixed.containsAll(List.of(1L, 5L, 6L)), "every language: " + mixed);
    }

    @Test
    void nothingSimilarWhenNoWordIsKnownOrTheTextHasOnlyStopWords() {
        fill();
        assertEquals(List.of(), similar("quokka wombat", 99));
        assertEquals(List.of(), similar("hyvää päivää", 99));
        assertEquals(List.of(6L), similar("the and of", 99),
                "stop words match no English or German conversation (the standard analyzer of no language keeps them)");
    }

    @Test
    void aConversationPutReplacesItsDocumentAndARemovedOneIsGone() {
        fill();
        index.put(conversation(4, "en", "The lamp flickers when dimmed."));
        assertEquals(7, index.size());
        assertEquals(List.of(4L), similar("lamp flickers", 99));
        assertEquals(List.of(), similar("password locked login", 99));
        index.remove(4);
        assertEquals(List.of(), similar("lamp flickers", 99));
        assertEquals(6, index.size());
    }

    @Test
    void duringARebuildSearchesSeeTheOldIndexAndWhatWasPutMeanwhileIsKept() {
        fill();
        List<Integer> sizesWhileFilling = new ArrayList<>();
        index.replaceAll(() -> new Iterator<>() {
            private int page;

            @Override
            public boolean hasNext() {
                return page < 2;
            }

            @Override
            public List<ResolvedConversation> next() {
                if (page++ == 0) {
                    sizesWhileFilling.add(index.size());
                    // from another thread, as the events come
                    CompletableFuture.runAsync(() -> index.put(conversation(8, "en",
                            "The gift voucher code is not accepted at checkout."))).join();
                    sizesWhileFilling.add(index.size());
                    return List.of(conversation(1, "en", "broken zipper"));
                }
                return List.of(conversation(2, "en", "charged twice"));
            }
        });
        assertEquals(List.of(7, 7), sizesWhileFilling, "the old index while the new one fills, also just after a put");
        assertEquals(3, index.size(), "the put is seen with the new index");
        assertEquals(List.of(8L), similar("voucher code not accepted", 99));
    }
}
