package io.threadline.assist.similar;

import io.threadline.conversation.Conversation;
import io.threadline.identity.Customer;
import io.threadline.knowledge.ArticleSuggestions;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The suggestions for a conversation an agent works on: up to {@value #ARTICLES} help articles for the customer's latest
 * message (the chat bot's search) and up to {@value #SIMILAR} resolved conversations like the customer's latest
 * messages, with the reply that resolved each. What a suggestion shows is read from the database as it is now, so a
 * conversation reopened since the index last heard of it is left out.
 */
@Stateless
public class ConversationSuggestions {

    static final int ARTICLES = 3;
    static final int SIMILAR = 3;
    /** Matches read to find {@value #SIMILAR} that still hold: a few may have been reopened or merged a moment ago. */
    private static final int CANDIDATES = 10;

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private ConversationTexts texts;

    @EJB
    private SimilarConversationIndex index;

    @EJB
    private ArticleSuggestions articles;

    public Suggestions of(long conversationId) {
        if (em.find(Conversation.class, conversationId) == null) {
            throw new NotFoundException("Conversation", conversationId);
        }
        List<ConversationMessage> messages = texts.messagesOf(conversationId);
        Optional<String> latest = CustomerText.latestMessage(messages);
        if (latest.isEmpty()) {
            return Suggestions.NONE;
        }
        return new Suggestions(articles(latest.get()),
                similar(CustomerText.latest(messages, CustomerText.LATEST_LENGTH), conversationId));
    }

    /** In every language, each read with its own analyzer: a short message's language is often not recognised. */
    private List<SuggestedArticle> articles(String message) {
        return articles.forQuestion(message, null, ARTICLES).stream().map(SuggestedArticle::of).toList();
    }

    private List<SimilarConversation> similar(String text, long conversationId) {
        List<SimilarConversation> similar = new ArrayList<>();
        for (SimilarMatch match : index.similar(text, conversationId, CANDIDATES)) {
            if (similar.size() == SIMILAR) {
                break;
            }
            texts.resolved(match.conversationId()).ifPresent(c -> similar.add(SimilarConversation.of(c,
                    customerName(c.customerId()), match.score())));
        }
        return similar;
    }

    private String customerName(long customerId) {
        Customer customer = em.find(Customer.class, customerId);
        return customer == null ? null : customer.getDisplayName();
    }
}
