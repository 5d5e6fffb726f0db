package io.threadline.automation;

import io.threadline.channel.outbound.ReplySettings;
import io.threadline.knowledge.ArticleSuggestions;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Finds the help articles for a {@code replyWithArticles} action: the chat bot's search ({@link ArticleSuggestions}) over
 * the customer's message, in its language when the help center has articles in it, linked under
 * {@code crm.replies.public-base-url} (a reply leaves this server, so a link relative to it would lead nowhere).
 */
@ApplicationScoped
class ReplyArticles {

    @EJB
    private ArticleSuggestions suggestions;

    @Inject
    private ReplySettings settings;

    SuggestedArticles forMessage(String text, String language, int max) {
        if (text == null || text.isBlank()) {
            return SuggestedArticles.none("the message has no text to look for articles with");
        }
        return settings.publicBaseUrl()
                .map(base -> SuggestedArticles.of(suggestions.forMessage(text, language, max), base))
                .orElseGet(() -> SuggestedArticles.none("crm.replies.public-base-url is not set, so the articles cannot be linked"));
    }
}
