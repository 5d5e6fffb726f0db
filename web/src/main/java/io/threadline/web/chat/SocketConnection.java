package io.threadline.web.chat;

import io.threadline.channel.chat.VisitorConnection;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A WebSocket session as the server sends to it (a chat visitor's, an agent's presence socket): one frame at a
 * time (a session takes no concurrent writes), each within {@link #SEND_TIMEOUT_SECONDS}; a socket that does not
 * take a frame in time is closed.
 */
public final class SocketConnection implements VisitorConnection {

    private static final Logger LOG = Logger.getLogger(SocketConnection.class.getName());
    static final long SEND_TIMEOUT_SECONDS = 10;

    private final Session session;

    public SocketConnection(Session session) {
        this.session = session;
    }

    @Override
    public synchronized boolean send(String frame) {
        if (!session.isOpen()) {
            return false;
        }
        try {
            session.getAsyncRemote().sendText(frame).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.FINE, "Closing socket " + session.getId() + ": a frame could not be sent", e);
            close();
            return false;
        }
    }

    private void close() {
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "frames could not be delivered"));
        } catch (IOException e) {
            LOG.log(Level.FINE, "Socket " + session.getId() + " did not close cleanly", e);
        }
    }
}
