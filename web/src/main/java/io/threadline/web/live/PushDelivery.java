package io.threadline.web.live;

import jakarta.faces.push.PushContext;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * Sends a push message to every open socket of a channel and waits until each has taken it. The Faces push sends
 * without waiting, and the WebSocket API lets a socket still sending one message refuse the next; a failed asynchronous
 * send is reported only in its future, which nobody read: a job's start, published together with its instance's
 * dispatch, once never reached the jobs page. Waiting for each send keeps a channel's messages one at a time.
 */
public final class PushDelivery {

    private static final Logger LOG = Logger.getLogger(PushDelivery.class.getName());
    private static final long SEND_TIMEOUT_SECONDS = 5;

    private PushDelivery() {
    }

    public static void send(PushContext channel, Object message) {
        for (Future<Void> sent : channel.send(message)) {
            try {
                sent.get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                LOG.warning("A page did not get the push message " + message + ": " + e.getCause());
            } catch (TimeoutException e) {
                LOG.warning("A page did not take the push message " + message + " within " + SEND_TIMEOUT_SECONDS + " s");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
