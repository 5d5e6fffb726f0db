package io.threadline.channel.chat;

import io.threadline.conversation.Conversation;
import io.threadline.identity.IdentityKey;
import io.threadline.identity.IdentityService;
import io.threadline.identity.IdentityType;
import io.threadline.shared.CrmEvents;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;

/**
 * "Someone is typing", both ways: an agent's typing is pushed to the visitor of the conversation; a visitor's is
 * published as a short-lived {@code chat.typing} event for the agents' screens.
 */
@Stateless
public class TypingIndicators {

    static final Duration EVENT_LIFETIME = Duration.ofSeconds(10);

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private ChatTranscript transcript;

    @EJB
    private ChatSockets sockets;

    @EJB
    private IdentityService identities;

    @EJB
    private CrmEvents events;

    /** Shows the agent typing on the open sockets of the conversation's visitor; returns how many sockets took it. */
    public int agentTyping(long conversationId, String agent) {
        if (em.find(Conversation.class, conversationId) == null) {
            throw new NotFoundException("Conversation", conversationId);
        }
        return transcript.visitorOf(conversationId).map(visitor -> sockets.push(visitor, ChatFrames.typing(agent))).orElse(0);
    }

    public void visitorTyping(Visitor visitor) {
        JsonObjectBuilder data = Json.createObjectBuilder().add("visitorId", visitor.visitorId());
        identities.find(new IdentityKey(IdentityType.CHAT, visitor.visitorId()))
                .ifPresent(identity -> data.add("customerId", identity.getCustomer().getId()));
        transcript.conversationOf(visitor.visitorId()).ifPresent(id -> data.add("conversationId", id));
        if (visitor.name() != null) {
            data.add("name", visitor.name());
        }
        events.publishTransient("chat.typing", data.build(), EVENT_LIFETIME);
    }
}
