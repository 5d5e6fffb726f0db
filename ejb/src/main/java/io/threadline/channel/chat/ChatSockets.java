package io.threadline.channel.chat;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The visitors' open sockets on this server, by visitor id. A visitor's socket is on one server of a deployment;
 * what another server has for them reaches it through the events topic ({@link ChatRelay}).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ChatSockets {

    private final Map<String, Set<VisitorConnection>> open = new ConcurrentHashMap<>();

    public void register(String visitorId, VisitorConnection connection) {
        open.computeIfAbsent(visitorId, id -> ConcurrentHashMap.newKeySet()).add(connection);
    }

    public void unregister(String visitorId, VisitorConnection connection) {
        open.computeIfPresent(visitorId, (id, connections) -> {
            connections.remove(connection);
            return connections.isEmpty() ? null : connections;
        });
    }

    public boolean isOpen(String visitorId) {
        return open.containsKey(visitorId);
    }

    /** Sends the frame to every open socket of the visitor; returns how many took it. */
    public int push(String visitorId, String frame) {
        return pushExcept(visitorId, frame, null);
    }

    /** As {@link #push}, leaving out one socket (the one the frame came from). */
    public int pushExcept(String visitorId, String frame, VisitorConnection except) {
        int reached = 0;
        for (VisitorConnection connection : open.getOrDefault(visitorId, Set.of())) {
            if (connection == except) {
                continue;
            }
            if (connection.send(frame)) {
                reached++;
            } else {
                unregister(visitorId, connection);
            }
        }
        return reached;
    }
}
