package io.threadline.csat;

import io.threadline.channel.outbound.ReplyService;
import io.threadline.collaboration.ConversationActivity;
import io.threadline.conversation.Conversation;
import io.threadline.conversation.ConversationService;
import io.threadline.conversation.InboundInteraction;
import io.threadline.events.CrmEvent;
import io.threadline.identity.Customer;
import io.threadline.shared.Channel;
import io.threadline.shared.InvalidInputException;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Sends a conversation's satisfaction survey (once) and records the customer's answer, whichever way it comes: a reply
 * that is only a digit within {@code crm.csat.answer-window} of the newest survey, or the survey's rating page. An
 * answer counts even when the conversation was resolved meanwhile, and it never reopens it nor opens a new one.
 */
@Stateless
public class CsatSurveys {

    public static final String AUTHOR = "satisfaction survey";
    private static final String[] WORDS = {"", "poor", "fair", "good", "very good", "great"};

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @Inject
    private CsatSettings settings;

    @EJB
    private ReplyService replies;

    @EJB
    private ConversationService conversations;

    @EJB
    private ConversationActivity activity;

    /** Sends the survey on the conversation's channel; false, sending nothing, when it already had one. */
    public boolean send(Conversation conversation) {
        if (em.createNamedQuery("CsatSurvey.ofConversation", CsatSurvey.class)
                .setParameter("conversationId", conversation.getId()).getResultStream().findAny().isPresent()) {
            return false;
        }
        String token = CsatToken.create();
        Channel channel = conversation.getChannel();
        String text = "How did we do? Reply with a number from 1 (poor) to 5 (great)"
                + settings.pageUrl(token).map(url -> ", or rate us at " + url).orElse("") + ".";
        replies.sendAutomated(conversation, channel, text, AUTHOR);
        em.persist(new CsatSurvey(conversation, channel, token));
        return true;
    }

    /**
     * Takes the customer's message as the answer to their newest survey, when it is only a digit 1–5 and that survey is
     * unanswered and recent: the message joins the surveyed conversation's timeline and the rating is recorded.
     * Returns false for any other message, which goes its usual way.
     */
    public boolean answerByMessage(Customer customer, InboundInteraction message) {
        OptionalInt score = CsatAnswer.score(message.text());
        if (score.isEmpty()) {
            return false;
        }
        Optional<CsatSurvey> survey = em.createNamedQuery("CsatSurvey.newestOfCustomer", CsatSurvey.class)
                .setParameter("customerId", customer.getId())
                .setParameter("since", Instant.now().minus(settings.answerWindow()))
                .setMaxResults(1).getResultStream().findFirst()
                .filter(s -> !s.isAnswered() && !s.getConversation().isMerged());
        if (survey.isEmpty()) {
            return false;
        }
        conversations.appendAnswer(survey.get().getConversation(), customer, message);
        record(survey.get(), score.getAsInt(), null, message.channel().name());
        return true;
    }

    /** What the rating page of the link with {@code token} shows. */
    public CsatPage page(String token) {
        CsatSurvey survey = byToken(token, LockModeType.NONE);
        Conversation conversation = survey.getConversation();
        return conversation.csat().map(r -> new CsatPage(conversation.getCustomer().getDisplayName(), r.score(), r.comment()))
                .orElseGet(() -> new CsatPage(conversation.getCustomer().getDisplayName(), null, null));
    }

    /** The rating given on the survey's page; a later one replaces an earlier one (the customer changed their mind). */
    public void answerByLink(String token, Integer score, String comment) {
        if (score == null || score < 1 || score > 5) {
            throw new InvalidInputException("score", "choose a rating from 1 (poor) to 5 (great)");
        }
        if (comment != null && comment.length() > CsatRating.MAX_COMMENT) {
            throw new InvalidInputException("comment", "is longer than " + CsatRating.MAX_COMMENT + " characters");
        }
        record(byToken(token, LockModeType.PESSIMISTIC_WRITE), score, comment, "link");
    }

    private CsatSurvey byToken(String token, LockModeType lock) {
        return em.createNamedQuery("CsatSurvey.byToken", CsatSurvey.class)
                .setParameter("tokenHash", CsatToken.hash(token == null ? "" : token))
                .setLockMode(lock).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Survey", "of this link"));
    }

    private void record(CsatSurvey survey, int score, String comment, String via) {
        Instant now = Instant.now();
        survey.answered(now);
        Conversation conversation = survey.getConversation();
        CsatRating rating = new CsatRating(score, comment, now);
        conversation.rated(rating);
        String customer = conversation.getCustomer().label();
        activity.record(conversation, customer, customer + " rated the conversation " + score + "/5 (" + WORDS[score] + ")"
                        + (rating.comment() == null ? "" : ": " + rating.comment()), CrmEvent.csatReceived(conversation.getId(),
                conversation.getCustomer().getId(), score, rating.comment(), via, customer, now));
    }
}
