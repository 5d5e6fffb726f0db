package io.threadline.assist;

import io.threadline.knowledge.ArticleHit;
import io.threadline.knowledge.ArticleSuggestions;
import io.threadline.knowledge.ArticleView;
import io.threadline.knowledge.KnowledgeBase;
import io.threadline.shared.InvalidInputException;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The chat bot: answers a visitor's question with up to three published articles before a person is asked, and
 * records how that ends. A question answered once is answered the same way when the widget sends it again.
 */
@Stateless
public class ChatBot {

    static final int ARTICLES = 3;
    private static final Duration HAND_OVER_LIMIT = Duration.ofHours(1);

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private ArticleSuggestions suggestions;

    @EJB
    private KnowledgeBase knowledge;

    /**
     * The articles for the visitor's question, recorded as offered; none when nothing matched (recorded too: the
     * question goes to a person at once).
     */
    public BotAnswer answer(String visitorId, String messageId, String question, String language) {
        Optional<BotOffer> earlier = find(visitorId, messageId);
        if (earlier.isPresent()) {
            return answerOf(earlier.get());
        }
        List<Long> ids = suggestions.forQuestion(question, language, ARTICLES).stream().map(ArticleHit::id).toList();
        BotOffer offer = new BotOffer(visitorId, messageId, question, language, ids, Instant.now());
        em.persist(offer);
        return answerOf(offer);
    }

    /** "This answered my question": the chat ends without a person. */
    public void deflected(String visitorId, String messageId) {
        end(open(visitorId, messageId), BotOutcome.DEFLECTED);
    }

    /**
     * "Talk to a person", or the visitor wrote again: the question that is to go to routing now. Asked twice (the
     * widget's frame sent again), the same question, so that it is submitted again under the same message id.
     */
    public String handOver(String visitorId, String messageId) {
        BotOffer offer = find(visitorId, messageId).orElseThrow(() -> unknown(messageId));
        if (offer.getOutcome() == BotOutcome.OFFERED) {
            end(offer, BotOutcome.HANDED_OVER);
        } else if (offer.getOutcome() != BotOutcome.HANDED_OVER) {
            throw ended(offer);
        }
        return offer.getQuestion();
    }

    /**
     * Whether a question of the visitor's went to a person (asked for, or no article matched) and is still on its way
     * to the timeline (routing records it within moments; an hour is the outside): the bot keeps out of a chat a person
     * is about to take.
     */
    public boolean handingOver(String visitorId) {
        return !em.createNamedQuery("BotOffer.toAPersonUnrecorded", Long.class).setParameter("visitor", visitorId)
                .setParameter("since", Instant.now().minus(HAND_OVER_LIMIT)).setMaxResults(1).getResultList().isEmpty();
    }

    /** The question of the visitor's the bot is waiting on an answer to, if any. */
    public Optional<String> waitingOn(String visitorId) {
        return em.createNamedQuery("BotOffer.open", BotOffer.class).setParameter("visitor", visitorId).setMaxResults(1)
                .getResultStream().findFirst().map(BotOffer::getMessageId);
    }

    private BotAnswer answerOf(BotOffer offer) {
        List<BotAnswer.Article> articles = offer.getOutcome() != BotOutcome.OFFERED ? List.of()
                : offer.getArticleIds().stream().map(this::published).flatMap(Optional::stream)
                        .map(a -> new BotAnswer.Article(a.id(), a.title(), a.html(), a.url())).toList();
        return new BotAnswer(offer.getMessageId(), articles);
    }

    private Optional<ArticleView> published(long id) {
        try {
            return Optional.of(knowledge.published(id));
        } catch (NotFoundException unpublishedMeanwhile) {
            return Optional.empty();
        }
    }

    private BotOffer open(String visitorId, String messageId) {
        BotOffer offer = find(visitorId, messageId).orElseThrow(() -> unknown(messageId));
        if (offer.getOutcome() != BotOutcome.OFFERED) {
            throw ended(offer);
        }
        return offer;
    }

    private static InvalidInputException ended(BotOffer offer) {
        return new InvalidInputException("id", "the question " + offer.getMessageId() + " already ended as "
                + offer.getOutcome().name().toLowerCase(Locale.ROOT));
    }

    private static InvalidInputException unknown(String messageId) {
        return new InvalidInputException("id", "the bot answered no question " + messageId + " of this visitor");
    }

    private void end(BotOffer offer, BotOutcome how) {
        offer.end(how, Instant.now());
    }

    private Optional<BotOffer> find(String visitorId, String messageId) {
        return em.createNamedQuery("BotOffer.of", BotOffer.class).setParameter("visitor", visitorId)
                .setParameter("message", messageId).getResultStream().findFirst();
    }
}
