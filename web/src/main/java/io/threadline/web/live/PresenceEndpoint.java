package io.threadline.web.live;

import io.threadline.channel.chat.TypingIndicators;
import io.threadline.conversation.TimelineQueries;
import io.threadline.web.chat.SocketConnection;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCodes;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The conversation page's presence socket, {@code /agent/presence/{conversationId}}: open while the page is open
 * (that is what "viewing" means), it reports the agent's typing and receives who else is viewing and typing.
 * <p>
 * A socket of its own rather than Faces push: Faces push only sends from server to page, and its open/close events
 * do not say which page (which conversation) a socket belongs to, while presence needs both directions and a
 * lifetime that is exactly the page's. It sits under {@code /agent/*}, so the form login and the agent roles guard
 * its handshake like any workspace page, and {@link PresenceOriginFilter} refuses other sites' pages.
 * <p>
 * Frames from the page: {@code {"type":"typing"}} (acted on at most every {@link #TYPING_EVERY}), {@code {"type":"here"}}
 * (a heartbeat every 30 s, so that a vanished browser's socket times out after {@link #IDLE_TIMEOUT}). Frames to it:
 * {@code {"type":"viewers","agents":["bob"]}} and {@code {"type":"typing","agent":"bob","forSeconds":6}}.
 */
@Dependent
@ServerEndpoint("/agent/presence/{conversationId}")
public class PresenceEndpoint {

    private static final Logger LOG = Logger.getLogger(PresenceEndpoint.class.getName());
    static final Duration TYPING_EVERY = Duration.ofSeconds(2);
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(90);
    private static final int MAX_FRAME_BYTES = 1024;

    @Inject
    ConversationPresence presence;

    @EJB
    TimelineQueries timelines;

    @EJB
    TypingIndicators typingIndicators;

    private long conversationId;
    private ConversationPresence.Viewer viewer;
    private Instant lastTyping = Instant.EPOCH;

    @OnOpen
    public void open(Session session, @PathParam("conversationId") String conversation) throws IOException {
        session.setMaxIdleTimeout(IDLE_TIMEOUT.toMillis());
        session.setMaxTextMessageBufferSize(MAX_FRAME_BYTES);
        if (session.getUserPrincipal() == null) {
            session.close(new CloseReason(CloseCodes.VIOLATED_POLICY, "sign in first"));
            return;
        }
        try {
            conversationId = Long.parseLong(conversation);
        } catch (NumberFormatException e) {
            session.close(new CloseReason(CloseCodes.CANNOT_ACCEPT, "no such conversation"));
            return;
        }
        if (timelines.conversation(conversationId).isEmpty()) {
            session.close(new CloseReason(CloseCodes.CANNOT_ACCEPT, "no such conversation"));
            return;
        }
        viewer = new ConversationPresence.Viewer(session.getUserPrincipal().getName(), new SocketConnection(session));
        presence.joined(conversationId, viewer);
    }

    @OnMessage
    public void frame(String text) {
        if (viewer == null || !"typing".equals(typeOf(text))) {
            return;
        }
        Instant now = Instant.now();
        if (now.isBefore(lastTyping.plus(TYPING_EVERY))) {
            return;
        }
        lastTyping = now;
        typingIndicators.agentTyping(conversationId, viewer.agent());
    }

    @OnClose
    public void close() {
        if (viewer != null) {
            presence.left(conversationId, viewer);
        }
    }

    @OnError
    public void failed(Session session, Throwable failure) {
        LOG.log(Level.FINE, "Presence socket " + session.getId() + " failed", failure);
    }

    private static String typeOf(String frame) {
        try {
            JsonObject json = Json.createReader(new StringReader(frame)).readObject();
            return json.getString("type", "");
        } catch (JsonException | ClassCastException e) {
            return "";
        }
    }
}
