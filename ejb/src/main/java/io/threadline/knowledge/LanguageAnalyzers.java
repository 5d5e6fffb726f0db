package io.threadline.knowledge;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lucene's analyzer for each language: its stop words and stemmer ("returns" and "returned" find "return",
 * "Rücksendungen" finds "Rücksendung"); a language without its own gets the standard one. The text fields of the
 * search indexes (the articles', the resolved conversations') are named with their language ({@code title_de}), and
 * {@link #perField()} analyzes each with that language's analyzer.
 */
public final class LanguageAnalyzers {

    private static final Map<String, Analyzer> BY_LANGUAGE = new ConcurrentHashMap<>();

    private LanguageAnalyzers() {
    }

    /** {@code language}: ISO 639-1, or empty for the standard analyzer. */
    public static Analyzer of(String language) {
        return BY_LANGUAGE.computeIfAbsent(language, LanguageAnalyzers::create);
    }

    private static Analyzer create(String language) {
        return switch (language) {
            case "en" -> new EnglishAnalyzer();
            case "de" -> new GermanAnalyzer();
            case "fr" -> new FrenchAnalyzer();
            case "es" -> new SpanishAnalyzer();
            case "it" -> new ItalianAnalyzer();
            case "nl" -> new DutchAnalyzer();
            case "pt" -> new PortugueseAnalyzer();
            case "sv" -> new SwedishAnalyzer();
            case "da" -> new DanishAnalyzer();
            case "no", "nb", "nn" -> new NorwegianAnalyzer();
            case "fi" -> new FinnishAnalyzer();
            default -> new StandardAnalyzer();
        };
    }

    /** The field's language is what follows its last underscore. */
    public static Analyzer perField() {
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                int underscore = fieldName.lastIndexOf('_');
                return underscore < 0 ? of("") : of(fieldName.substring(underscore + 1));
            }
        };
    }

    /** The terms a language's analyzer makes of a text, in order. */
    public static List<String> terms(String language, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = of(language).tokenStream("q", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
