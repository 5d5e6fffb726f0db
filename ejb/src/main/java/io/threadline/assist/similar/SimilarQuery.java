package io.threadline.assist.similar;

import io.threadline.knowledge.LanguageAnalyzers;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.StringReader;
import java.util.Collection;
import java.util.Optional;

/**
 * "More like this" over the resolved conversations' customer text: the words of the customer's latest messages that
 * are most telling (frequent in the text, rare in the index, stop words left out and words stemmed by the language's
 * analyzer), at most {@value #MAX_TERMS} of them, each weighed by how telling it is; the conversation asked about
 * never matches itself. A word in more than one in {@value #COMMON} of the language's conversations (and in more than
 * {@value #FEW} of them) tells none apart, so it is left out: it would weigh little in the score, and reading its long
 * list of conversations was most of what a search over a large history cost.
 */
final class SimilarQuery {

    static final String ID = "id";
    /** The customer's text, one field per language: {@code question_en}, {@code question_} when not recognised. */
    static final String QUESTION = "question_";
    static final int MAX_TERMS = 25;
    static final int COMMON = 10;
    static final int FEW = 50;

    private SimilarQuery() {
    }

    /**
     * Over the documents of {@code languages} (each read with its own analyzer); empty when the text has no word any of
     * them holds.
     */
    static Optional<Query> of(IndexReader reader, Collection<String> languages, String text, long excludedConversation)
            throws IOException {
        BooleanQuery.Builder anyLanguage = new BooleanQuery.Builder();
        boolean anyTerms = false;
        for (String language : languages) {
            Query like = likeIn(reader, language, text);
            if (!(like instanceof BooleanQuery words) || !words.clauses().isEmpty()) {
                anyLanguage.add(like, Occur.SHOULD);
                anyTerms = true;
            }
        }
        if (!anyTerms) {
            return Optional.empty();
        }
        return Optional.of(new BooleanQuery.Builder().add(anyLanguage.build(), Occur.MUST)
                .add(new TermQuery(new Term(ID, String.valueOf(excludedConversation))), Occur.MUST_NOT).build());
    }

    /**
     * A word counts from its first occurrence in the text and in the index: customers write short messages, and a
     * word only one past conversation holds (a product name, an error code) is the best clue there is.
     */
    private static Query likeIn(IndexReader reader, String language, String text) throws IOException {
        String field = field(language);
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(LanguageAnalyzers.of(language));
        mlt.setFieldNames(new String[] {field});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMaxDocFreq(Math.max(FEW, reader.getDocCount(field) / COMMON));
        mlt.setMinWordLen(2);
        mlt.setMaxQueryTerms(MAX_TERMS);
        mlt.setBoost(true);
        return mlt.like(field, new StringReader(text));
    }

    /** {@code language}: ISO 639-1, or empty when not recognised. */
    static String field(String language) {
        return QUESTION + language;
    }
}
