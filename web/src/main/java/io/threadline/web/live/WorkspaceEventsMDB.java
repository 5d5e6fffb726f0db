package io.threadline.web.live;

import io.threadline.assist.similar.SimilarConversationIndex;
import io.threadline.channel.chat.ChatRelay;
import io.threadline.knowledge.ArticleIndex;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Listens to the CRM events on {@code jms/crm/EventsTopic} (activation spec {@code jms/crm/WorkspaceEventsActivationSpec},
 * a non-durable subscription: the screens and sockets open now are all that need to hear about a change, and every
 * server has its own) and hands them to what shows them live on this server: the workspace pages
 * ({@link WorkspacePush}), the viewers and typists of conversations ({@link ConversationPresence}) and the chat
 * visitors' sockets ({@link ChatRelay}); and to this server's search indexes: the help articles' ({@link ArticleIndex}) and the resolved conversations'
 * ({@link SimilarConversationIndex}). Events are published after commit, so a screen that refreshes on one reads
 * what the event announces. No transaction: nothing is written, and a lost refresh is made up by the next one.
 */
@MessageDriven(name = "WorkspaceEventsMDB")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WorkspaceEventsMDB implements MessageListener {

    private static final Logger LOG = Logger.getLogger(WorkspaceEventsMDB.class.getName());

    @Inject
    WorkspacePush push;

    @Inject
    ConversationPresence presence;

    @EJB
    ChatRelay chat;

    @EJB
    ArticleIndex articles;

    @EJB
    SimilarConversationIndex similarConversations;

    /** Who hears each event, by what the log calls them. */
    private final Map<String, Consumer<JsonObject>> listeners = new LinkedHashMap<>();

    @PostConstruct
    void listen() {
        listeners.put("the workspace pages", push::announce);
        listeners.put("the conversations' viewers", presence::heard);
        listeners.put("the chat sockets", chat::heard);
        listeners.put("the help articles' index", articles::heard);
        listeners.put("the resolved conversations' index", similarConversations::heard);
    }

    @Override
    public void onMessage(Message message) {
        JsonObject event;
        try {
            event = Json.createReader(new StringReader(message.getBody(String.class))).readObject();
        } catch (JMSException | RuntimeException e) {
            LOG.warning("Ignored an event the workspace cannot read: " + e);
            return;
        }
        // Each on its own: one that fails must not keep the event from the others
        listeners.forEach((who, listener) -> {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, who + " could not follow event " + event.getString("type", "?"), e);
            }
        });
    }
}
