package io.threadline.knowledge;

import io.threadline.shared.InvalidInputException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.jsoup.nodes.Entities;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The published articles in a Lucene index in memory, and their search. Each word of a query is looked for in the
 * title (weighed most), tags, category and text, stemmed by the language's analyzer; words of four letters or more
 * also with one typo (eight or more: two); the title holding the words near each other counts extra. Of a query of
 * three words or more half must match; when that finds nothing (a question in a sentence), any word does, best
 * first. Thread-safe.
 */
final class ArticleSearchIndex implements AutoCloseable {

    private static final String ID = "id";
    private static final String LANGUAGE = "language";
    private static final String SLUG = "slug";
    private static final String TITLE = "title";
    private static final String CATEGORY = "category";
    private static final String TEXT = "text";
    private static final int SNIPPET_FALLBACK = 160;
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private final LiveIndex index = LiveIndex.inMemory(LanguageAnalyzers.perField());
    private final Set<String> languages = ConcurrentHashMap.newKeySet();

    /** Adds the article, or replaces what the index held of it. */
    void put(IndexedArticle article) {
        languages.add(article.language());
        index.put(idTerm(article.id()), document(article));
    }

    void remove(long id) {
        index.remove(idTerm(id));
    }

    /** Empties the index and fills it with these articles; searches meanwhile see the old index. */
    void replaceAll(Iterable<IndexedArticle> articles) {
        try (LiveIndex.Rebuild rebuild = index.rebuild()) {
            for (IndexedArticle article : articles) {
                languages.add(article.language());
                rebuild.add(idTerm(article.id()), document(article));
            }
        }
    }

    int size() {
        return index.size();
    }

    /** Whether articles in the language were ever indexed. */
    boolean holds(String language) {
        return languages.contains(language);
    }

    List<ArticleHit> search(ArticleQuery query) {
        List<String> inLanguages = query.language() != null ? List.of(query.language()) : new ArrayList<>(new TreeSet<>(languages));
        return index.read(searcher -> search(searcher, query, inLanguages));
    }

    private static List<ArticleHit> search(IndexSearcher searcher, ArticleQuery query, List<String> inLanguages) throws IOException {
        List<WordsInLanguage> words = new ArrayList<>();
        for (String language : inLanguages) {
            wordsIn(searcher, language, query.text()).ifPresent(words::add);
        }
        if (words.isEmpty()) {
            return List.of();
        }
        Query lucene = anyLanguage(words, false);
        TopDocs top = searcher.search(lucene, query.limit());
        if (top.scoreDocs.length == 0) {
            lucene = anyLanguage(words, true);
            top = searcher.search(lucene, query.limit());
        }
        String[] textFields = inLanguages.stream().map(l -> TEXT + "_" + l).toArray(String[]::new);
        int[] passages = new int[textFields.length];
        Arrays.fill(passages, 1);
        Map<String, String[]> snippets = UnifiedHighlighter.builder(searcher, LanguageAnalyzers.perField())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withHandleMultiTermQuery(true)
                .build().highlightFields(textFields, lucene, top, passages);
        List<ArticleHit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc hit = top.scoreDocs[i];
            Document doc = searcher.storedFields().document(hit.doc);
            String language = doc.get(LANGUAGE);
            String snippet = snippets.get(TEXT + "_" + language)[i];
            if (snippet == null || snippet.isBlank()) {
                String text = doc.get(TEXT + "_" + language);
                snippet = Entities.escape(text.length() > SNIPPET_FALLBACK ? text.substring(0, SNIPPET_FALLBACK) + "…" : text);
            }
            hits.add(new ArticleHit(Long.parseLong(doc.get(ID)), doc.get(TITLE), language, doc.get(CATEGORY),
                    doc.get(SLUG), snippet.strip()));
        }
        return hits;
    }

    private static Term idTerm(long id) {
        return new Term(ID, String.valueOf(id));
    }

    /**
     * A query's words in one language: each word's query rewritten already, so that the spelling variants of a typo
     * are looked up once for both tries and the highlighting, not built again for each (that was most of a search's
     * time).
     */
    private record WordsInLanguage(String language, List<String> terms, List<Query> words) {

        Query query(boolean anyWord) {
            BooleanQuery.Builder matching = new BooleanQuery.Builder();
            words.forEach(word -> matching.add(word, Occur.SHOULD));
            matching.setMinimumNumberShouldMatch(anyWord || terms.size() <= 2 ? 1 : (terms.size() + 1) / 2);
            BooleanQuery.Builder query = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(LANGUAGE, language)), Occur.FILTER)
                    .add(matching.build(), Occur.MUST);
            if (terms.size() > 1) {
                query.add(new BoostQuery(new PhraseQuery(2, TITLE + "_" + language, terms.toArray(String[]::new)), 3f), Occur.SHOULD);
            }
            return query.build();
        }
    }

    /** Empty when the text has no word to look for in the language (only stop words). */
    private static Optional<WordsInLanguage> wordsIn(IndexSearcher searcher, String language, String text) throws IOException {
        List<String> terms = LanguageAnalyzers.terms(language, text);
        if (terms.size() > ArticleQuery.MAX_TERMS) {
            throw new InvalidInputException("q", "has more than " + ArticleQuery.MAX_TERMS + " words to look for");
        }
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        List<Query> words = new ArrayList<>();
        for (String term : terms) {
            words.add(searcher.rewrite(word(searcher.getIndexReader(), language, term)));
        }
        return Optional.of(new WordsInLanguage(language, terms, words));
    }

    private static Query anyLanguage(List<WordsInLanguage> words, boolean anyWord) {
        BooleanQuery.Builder anyLanguage = new BooleanQuery.Builder();
        words.forEach(w -> anyLanguage.add(w.query(anyWord), Occur.SHOULD));
        return anyLanguage.build();
    }

    /**
     * A word in the title, tags, category or text, and from 4 letters also spelt differently (1 edit, 2 from 8
     * letters). A word some article has as written is taken as no typo: its own postings stand in for the spelling
     * variants, whose expansion would scan their neighbours' postings on every search.
     */
    private static Query word(IndexReader reader, String language, String term) throws IOException {
        Term inTitle = new Term(TITLE + "_" + language, term);
        Term inText = new Term(TEXT + "_" + language, term);
        BooleanQuery.Builder word = new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(inTitle), 4f), Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term("tags_" + language, term)), 2f), Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term(CATEGORY + "_" + language, term)), 1.5f), Occur.SHOULD)
                .add(new TermQuery(inText), Occur.SHOULD);
        if (term.length() >= 4) {
            boolean known = reader.docFreq(inTitle) > 0 || reader.docFreq(inText) > 0;
            int edits = term.length() >= 8 ? 2 : 1;
            word.add(new BoostQuery(known ? new TermQuery(inTitle) : new FuzzyQuery(inTitle, edits, 1), 2f), Occur.SHOULD)
                    .add(new BoostQuery(known ? new TermQuery(inText) : new FuzzyQuery(inText, edits, 1), 0.5f), Occur.SHOULD);
        }
        return word.build();
    }

    private static Document document(IndexedArticle article) {
        String language = article.language();
        Document doc = new Document();
        doc.add(new StringField(ID, String.valueOf(article.id()), Field.Store.YES));
        doc.add(new StringField(LANGUAGE, language, Field.Store.YES));
        doc.add(new StoredField(SLUG, article.slug()));
        doc.add(new StoredField(TITLE, article.title()));
        doc.add(new StoredField(CATEGORY, article.category()));
        doc.add(new TextField(TITLE + "_" + language, article.title(), Field.Store.NO));
        doc.add(new TextField(CATEGORY + "_" + language, article.category(), Field.Store.NO));
        doc.add(new TextField("tags_" + language, String.join(" ", article.tags()), Field.Store.NO));
        doc.add(new Field(TEXT + "_" + language, article.text(), TEXT_WITH_OFFSETS));
        return doc;
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    @Override
    public void close() {
        index.close();
    }
}
