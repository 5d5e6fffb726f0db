package io.threadline.channel.chat;

import io.threadline.conversation.DeliveryStatus;
import io.threadline.events.EventType;
import io.threadline.events.ServerInstance;
import io.threadline.shared.Channel;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.JsonObject;

/**
 * Brings to this server's chat sockets what another server did for their visitors, as the events topic tells every
 * server: a reply delivered while the visitor's socket is here, not on the delivering server ({@code reply.status}
 * SENT of a chat reply), and an agent typing on another server ({@code agent.typing}). The delivering server hears
 * its own reply too and pushes it once more, which covers a socket opened between its push and the commit; the widget
 * shows a line once, by its id.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ChatRelay {

    @EJB
    private ChatSockets sockets;

    @EJB
    private ChatTranscript transcript;

    @EJB
    private TypingIndicators typing;

    public void heard(JsonObject event) {
        JsonObject data = event.getJsonObject("data");
        String type = event.getString("type", "");
        if (data == null) {
            return;
        }
        if (type.equals(EventType.REPLY_STATUS.json()) && Channel.CHAT.name().equals(data.getString("channel", ""))
                && DeliveryStatus.SENT.name().equals(data.getString("deliveryStatus", ""))) {
            transcript.deliveredReply(data.getJsonNumber("entryId").longValue())
                    .filter(reply -> sockets.isOpen(reply.visitorId()))
                    .ifPresent(reply -> sockets.push(reply.visitorId(), ChatFrames.message(reply.line())));
        } else if (type.equals(EventType.AGENT_TYPING.json()) && !ServerInstance.ID.equals(data.getString("server", ""))) {
            typing.showAgentTyping(data.getJsonNumber("conversationId").longValue(), data.getString("agent"));
        }
    }
}
