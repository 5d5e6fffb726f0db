package io.threadline.channel.chat;

import io.threadline.conversation.Conversation;
import io.threadline.events.CrmEvent;
import io.threadline.events.EventPublisher;
import io.threadline.events.ServerInstance;
import io.threadline.identity.IdentityKey;
import io.threadline.identity.IdentityService;
import io.threadline.identity.IdentityType;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;

/**
 * "Someone is typing", both ways: an agent's typing is pushed to the visitor of the conversation, and published as a
 * short-lived {@code agent.typing} event for the other servers and the agents' screens; a visitor's is published as a
 * short-lived {@code chat.typing} event for the agents' screens.
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
    private EventPublisher events;

    /**
     * The agent is typing in the conversation: shown to its visitor and to the agents viewing it, on every server
     * (an {@code agent.typing} event); returns how many of the visitor's sockets on this server took it.
     */
    public int agentTyping(long conversationId, String agent) {
        if (em.find(Conversation.class, conversationId) == null) {
            throw new NotFoundException("Conversation", conversationId);
        }
        events.publishTransient(CrmEvent.agentTyping(conversationId, agent, ServerInstance.ID, Instant.now()), EVENT_LIFETIME);
        return showAgentTyping(conversationId, agent);
    }

    /** Shows the agent typing on this server's sockets of the conversation's visitor; returns how many took it. */
    public int showAgentTyping(long conversationId, String agent) {
        return transcript.visitorOf(conversationId).map(visitor -> sockets.push(visitor, ChatFrames.typing(agent))).orElse(0);
    }

    public void visitorTyping(Visitor visitor) {
        Long customerId = identities.find(new IdentityKey(IdentityType.CHAT, visitor.visitorId()))
                .map(identity -> identity.getCustomer().getId()).orElse(null);
        Long conversationId = transcript.conversationOf(visitor.visitorId()).orElse(null);
        events.publishTransient(CrmEvent.chatTyping(visitor.visitorId(), customerId, conversationId, visitor.name(),
                Instant.now()), EVENT_LIFETIME);
    }
}
