package io.threadline.assist;

import io.threadline.channel.chat.ChatMessageIds;
import io.threadline.conversation.Conversation;
import io.threadline.conversation.TimelineEntry;
import io.threadline.events.CrmEvent;
import io.threadline.events.EventType;
import io.threadline.knowledge.ArticleView;
import io.threadline.knowledge.KnowledgeBase;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.stream.Collectors;

/**
 * When a question the bot answered reaches the timeline after the hand-over, writes beside it what the visitor was
 * shown, so that the agent sees what was tried and does not suggest it again; any question that went to a person
 * (handed over, or no article matched) is marked recorded, which ends the bot's keeping out of that chat. It runs in the transaction that records
 * the message ({@code message.received} fired in-process), so the note is there exactly when the message is.
 */
@ApplicationScoped
public class HandOverNote {

    static final String AUTHOR = "Chat bot";

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private KnowledgeBase knowledge;

    void onPublished(@Observes CrmEvent event) {
        if (event.type() != EventType.MESSAGE_RECEIVED || !"CHAT".equals(event.data().getString("channel"))) {
            return;
        }
        ChatMessageIds.sentByVisitor(event.data().getString("externalId")).ifPresent(sent -> em
                .createNamedQuery("BotOffer.of", BotOffer.class).setParameter("visitor", sent.visitorId())
                .setParameter("message", sent.messageId()).getResultStream().findFirst()
                .filter(offer -> offer.getConversationId() == null)
                .ifPresent(offer -> recorded(offer, event.data().getJsonNumber("conversationId").longValue(), event)));
    }

    /** The question is on the timeline: the bot keeps out from now on; a handed-over one gets its note. */
    private void recorded(BotOffer offer, long conversationId, CrmEvent event) {
        if (offer.getOutcome() == BotOutcome.HANDED_OVER) {
            note(offer, conversationId, event);
        } else if (offer.getOutcome() == BotOutcome.NO_SUGGESTION) {
            offer.recordedIn(conversationId);
        }
    }

    private void note(BotOffer offer, long conversationId, CrmEvent event) {
        Conversation conversation = em.find(Conversation.class, conversationId);
        offer.recordedIn(conversationId);
        String shown = offer.getArticleIds().stream().map(id -> {
            try {
                ArticleView article = knowledge.get(id);
                return "“" + article.title() + "” (" + article.url() + ")";
            } catch (NotFoundException deletedSince) {
                return "article " + id + " (deleted since)";
            }
        }).collect(Collectors.joining(", "));
        em.persist(TimelineEntry.system(conversation, AUTHOR, "Before asking for a person, the visitor was shown "
                + shown + " for this question, and chose to talk to a person.", event.occurredAt()));
    }
}
