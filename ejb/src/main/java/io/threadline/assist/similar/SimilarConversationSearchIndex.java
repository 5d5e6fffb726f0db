package io.threadline.assist.similar;

import io.threadline.knowledge.LanguageAnalyzers;
import io.threadline.knowledge.LiveIndex;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The resolved conversations in a Lucene index: per conversation its id and the customer's text, analyzed in its
 * language (not stored: what a suggestion shows is read from the database). A text
 * is compared with the conversations of every language, each read with its language's analyzer: the language of a
 * short message is often not recognised or mistaken, and a product name or an error code is the same in any language.
 * Thread-safe.
 */
final class SimilarConversationSearchIndex implements AutoCloseable {

    private static final String UNRECOGNISED = "";

    private final LiveIndex index;
    private final Set<String> languages = ConcurrentHashMap.newKeySet();

    SimilarConversationSearchIndex(Directory directory) {
        index = new LiveIndex(directory, LanguageAnalyzers.perField());
    }

    void put(ResolvedConversation conversation) {
        languages.add(language(conversation.language()));
        index.put(idTerm(conversation.conversationId()), document(conversation));
    }

    void remove(long conversationId) {
        index.remove(idTerm(conversationId));
    }

    /** Empties the index and fills it page by page; searches see the old index until the last page is in. The count. */
    int replaceAll(Iterable<List<ResolvedConversation>> pages) {
        int count = 0;
        try (LiveIndex.Rebuild rebuild = index.rebuild()) {
            for (List<ResolvedConversation> page : pages) {
                for (ResolvedConversation conversation : page) {
                    languages.add(language(conversation.language()));
                    rebuild.add(idTerm(conversation.conversationId()), document(conversation));
                    count++;
                }
            }
        }
        return count;
    }

    int size() {
        return index.size();
    }

    /** The {@code limit} conversations most like {@code text}, most alike first, never {@code excluded}. */
    List<SimilarMatch> similar(String text, long excluded, int limit) {
        Set<String> within = new TreeSet<>(languages);
        return index.read(searcher -> {
            List<SimilarMatch> matches = new ArrayList<>();
            var query = SimilarQuery.of(searcher.getIndexReader(), within, text, excluded);
            if (query.isEmpty()) {
                return matches;
            }
            TopDocs top = searcher.search(query.get(), limit);
            for (ScoreDoc hit : top.scoreDocs) {
                matches.add(new SimilarMatch(Long.parseLong(searcher.storedFields().document(hit.doc).get(SimilarQuery.ID)), hit.score));
            }
            return matches;
        });
    }

    private static Document document(ResolvedConversation conversation) {
        String language = language(conversation.language());
        Document doc = new Document();
        doc.add(new StringField(SimilarQuery.ID, String.valueOf(conversation.conversationId()), Field.Store.YES));
        doc.add(new TextField(SimilarQuery.field(language), conversation.question(), Field.Store.NO));
        return doc;
    }

    private static String language(String language) {
        return language == null ? UNRECOGNISED : language;
    }

    private static Term idTerm(long conversationId) {
        return new Term(SimilarQuery.ID, String.valueOf(conversationId));
    }

    @Override
    public void close() {
        index.close();
    }
}
