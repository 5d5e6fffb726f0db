package io.threadline.events;

import java.util.UUID;

/**
 * This server among the servers of a deployment, as named in the live events it publishes ({@code agent.viewing},
 * {@code agent.typing}): every server hears its own events on the topic too, and must tell them from the others'.
 * A new one each time the application starts, so a restarted server is not taken for what it was before the restart.
 */
public final class ServerInstance {

    public static final String ID = UUID.randomUUID().toString();

    private ServerInstance() {
    }
}
