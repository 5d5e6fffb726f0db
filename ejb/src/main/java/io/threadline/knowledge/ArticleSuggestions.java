package io.threadline.knowledge;

import io.threadline.shared.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import java.util.List;
import java.util.stream.Stream;

/**
 * The published articles that may answer what a customer wrote, best first: what the chat bot offers a visitor and what
 * automation sends with a reply. The search is {@link ArticleQuery#forQuestion}'s: the message's first words.
 */
@Stateless
public class ArticleSuggestions {

    @EJB
    private ArticleIndex index;

    @EJB
    private HelpCenter helpCenter;

    /**
     * Up to {@code limit} articles for {@code question} in {@code language} (every language when null); none when there
     * is nothing to search for (no words, or not a language).
     */
    public List<ArticleHit> forQuestion(String question, String language, int limit) {
        if (question == null || question.isBlank()) {
            return List.of();
        }
        try {
            return index.search(ArticleQuery.forQuestion(question, language, limit));
        } catch (InvalidInputException nothingToSearch) {
            return List.of();
        }
    }

    /**
     * Up to {@code limit} articles for a message of a conversation in {@code language}: in that language when the help
     * center has articles in it, else in every language (each read with its own analyzer), since a conversation's
     * language may be unrecognised or mistaken, and a product name is the same in any language.
     */
    public List<ArticleHit> forConversation(String message, String language, int limit) {
        return forQuestion(message, language != null && index.holds(language) ? language : null, limit);
    }

    /**
     * Up to {@code limit} articles for a customer's message, in the language it was written in when the help center has
     * published articles in that language, else in the help center's default language.
     */
    public List<ArticleHit> forMessage(String text, String language, int limit) {
        return forQuestion(text, helpCenter.publishedLanguages().choose(Stream.ofNullable(language)), limit);
    }
}
