package io.threadline.web.chat;

import io.threadline.channel.chat.ChatSettings;
import io.threadline.channel.chat.LiveChat;
import io.threadline.channel.chat.VisitorSession;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The chat widget's socket, {@code /chat/socket}: JSON frames both ways (docs/channels.md, "Live chat"). The
 * protocol itself is {@link VisitorSession}; this endpoint only connects it to the WebSocket session.
 * {@link ChatOriginFilter} has checked the page's Origin before the handshake. A {@code @Dependent} CDI bean, so
 * that the container creates one instance per socket with its injections.
 */
@Dependent
@ServerEndpoint("/chat/socket")
public class ChatEndpoint {

    private static final Logger LOG = Logger.getLogger(ChatEndpoint.class.getName());
    /**
     * Frames up to the configured limit are read; larger ones, up to this many times the limit, get an error frame;
     * beyond that the container closes the socket (1009, too big) without reading them.
     */
    private static final int READ_LIMIT_FACTOR = 4;

    @Inject
    LiveChat chat;

    private VisitorSession visitor;

    @OnOpen
    public void open(Session session) {
        session.setMaxIdleTimeout(ChatSettings.IDLE_TIMEOUT.toMillis());
        session.setMaxTextMessageBufferSize(chat.maxFrameBytes() * READ_LIMIT_FACTOR);
        visitor = chat.open(new SocketConnection(session));
    }

    @OnMessage
    public void frame(String text) {
        visitor.receive(text);
    }

    @OnClose
    public void close() {
        if (visitor != null) {
            visitor.close();
        }
    }

    @OnError
    public void failed(Session session, Throwable failure) {
        LOG.log(Level.FINE, "Chat socket " + session.getId() + " failed", failure);
    }
}
