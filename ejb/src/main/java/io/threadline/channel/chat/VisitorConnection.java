package io.threadline.channel.chat;

/**
 * An open socket of a chat visitor, as the web tier provides it (the EJB module cannot see WebSocket sessions).
 * {@link #send} writes one frame within a bounded time and answers false when it could not; the socket is closed then.
 */
public interface VisitorConnection {

    boolean send(String frame);
}
