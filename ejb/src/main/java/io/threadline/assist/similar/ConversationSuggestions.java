package io.threadline.assist.similar;

import io.threadline.conversation.Conversation;
import io.threadline.knowledge.ArticleSuggestions;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The suggestions for a conversation an agent works on: up to {@value #ARTICLES} help articles for the customer's latest
 * message (the chat bot's search, in the conversation's language when the help center has articles in it) and up to
 * {@value #SIMILAR} resolved conversations like the customer's latest messages, with the reply that resolved each. What
 * a suggestion shows is read from the database as it is now, so a conversation reopened since the index last heard of
 * it is left out.
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
        Conversation conversation = em.find(Conversation.class, conversationId);
        if (conversation == null) {
            throw new NotFoundException("Conversation", conversationId);
        }
        List<ConversationMessage> messages = texts.messagesOf(conversationId);
        Optional<String> latest = CustomerText.latestMessage(messages);
        if (latest.isEmpty()) {
            return Suggestions.NONE;
        }
        return new Suggestions(
                articles.forConversation(latest.get(), conversation.getLanguage(), ARTICLES).stream().map(SuggestedArticle::of).toList(),
                similar(CustomerText.latest(messages, CustomerText.LATEST_LENGTH), conversationId));
    }

    /** The best {@value #SIMILAR} of the index's candidates that still hold, read in three queries. */
    private List<SimilarConversation> similar(String text, long conversationId) {
        List<SimilarMatch> matches = index.similar(text, conversationId, CANDIDATES);
        Map<Long, ResolvedConversation> holding = texts.resolved(matches.stream().map(SimilarMatch::conversationId).toList())
                .stream().collect(Collectors.toMap(ResolvedConversation::conversationId, c -> c));
        List<SimilarMatch> best = matches.stream().filter(m -> holding.containsKey(m.conversationId())).limit(SIMILAR).toList();
        Map<Long, String> names = customerNames(best.stream().map(m -> holding.get(m.conversationId()).customerId()).toList());
        return best.stream().map(m -> {
            ResolvedConversation c = holding.get(m.conversationId());
            return SimilarConversation.of(c, names.get(c.customerId()), m.score());
        }).toList();
    }

    /** The customers' names; a customer known by an address only has none. */
    private Map<Long, String> customerNames(List<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        em.createQuery("SELECT c.id, c.displayName FROM Customer c WHERE c.id IN :ids AND c.displayName IS NOT NULL",
                Object[].class).setParameter("ids", customerIds).getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }
}
