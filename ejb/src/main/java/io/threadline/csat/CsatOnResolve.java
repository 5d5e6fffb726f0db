package io.threadline.csat;

import io.threadline.conversation.Conversation;
import io.threadline.events.CrmEvent;
import io.threadline.events.EventType;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * With {@code crm.csat.on-resolve}, every resolved conversation gets its survey, in the resolve's transaction. A
 * survey that cannot go out (no address on the channel) is logged; the resolve stands.
 */
@ApplicationScoped
public class CsatOnResolve {

    private static final Logger LOG = Logger.getLogger(CsatOnResolve.class.getName());

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @Inject
    private CsatSettings settings;

    @EJB
    private CsatSurveys surveys;

    void onPublished(@Observes CrmEvent event) {
        if (!settings.onResolve() || event.type() != EventType.CONVERSATION_RESOLVED) {
            return;
        }
        long id = event.data().getJsonNumber("conversationId").longValue();
        try {
            Conversation conversation = em.find(Conversation.class, id);
            if (conversation != null && !conversation.isMerged()) {
                surveys.send(conversation);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "No satisfaction survey for conversation " + id, e);
        }
    }
}
