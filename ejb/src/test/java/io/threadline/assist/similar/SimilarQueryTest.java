package io.threadline.assist.similar;

import io.threadline.knowledge.LanguageAnalyzers;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimilarQueryTest {

    @Test
    void theTellingWordsOfTheTextStemmedWithTheAskedConversationLeftOut() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(LanguageAnalyzers.perField()))) {
                for (String text : List.of("returning the broken boots", "boots are too small", "refund for the boots")) {
                    Document doc = new Document();
                    doc.add(new StringField(SimilarQuery.ID, String.valueOf(text.length()), Field.Store.YES));
                    doc.add(new TextField(SimilarQuery.field("en"), text, Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                Query query = SimilarQuery.of(reader, Set.of("en", "de"), "I am returning my boots, they are broken and wet", 42)
                        .orElseThrow();
                String text = query.toString();
                assertTrue(text.contains("question_en:return") && text.contains("question_en:boot")
                        && text.contains("question_en:broken"), "stemmed words the index holds: " + text);
                assertTrue(!text.contains("wet") && !text.contains("question_de"), "words no conversation holds count nothing: " + text);
                BooleanClause excluded = ((BooleanQuery) query).clauses().get(1);
                assertEquals(BooleanClause.Occur.MUST_NOT, excluded.getOccur());
                assertEquals("id:42", excluded.getQuery().toString());

                assertEquals(Optional.empty(), SimilarQuery.of(reader, Set.of("en"), "quokka wombat", 42));
                String many = String.join(" ", java.util.Collections.nCopies(40, "boots broken returning small refund"));
                Query capped = SimilarQuery.of(reader, Set.of("en"), many, 42).orElseThrow();
                assertTrue(((BooleanQuery) ((BooleanQuery) ((BooleanQuery) capped).clauses().get(0).getQuery()).clauses().get(0)
                        .getQuery()).clauses().size() <= SimilarQuery.MAX_TERMS, capped.toString());
            }
        }
    }

    @Test
    void aWordInManyOfTheConversationsIsLeftOut() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            int conversations = SimilarQuery.FEW * SimilarQuery.COMMON * 2;
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(LanguageAnalyzers.perField()))) {
                for (int i = 0; i < conversations; i++) {
                    Document doc = new Document();
                    doc.add(new StringField(SimilarQuery.ID, String.valueOf(i), Field.Store.YES));
                    String text = (i % 20 == 0 ? "my parcel " : "my order ") + (i % 250 == 0 ? "zorblat heater" : "item " + i);
                    doc.add(new TextField(SimilarQuery.field("en"), text, Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                String text = SimilarQuery.of(reader, Set.of("en"), "My order: the zorblat heater in the parcel", 42)
                        .orElseThrow().toString();
                assertTrue(text.contains("question_en:zorblat") && text.contains("question_en:heater"), text);
                assertTrue(text.contains("question_en:parcel"), "a word in one in twenty of the conversations counts: " + text);
                assertTrue(!text.contains("question_en:order") && !text.contains("question_en:my"),
                        "words in nearly all of them do not: " + text);
            }
        }
    }
}
