package io.threadline.shared;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The deployment's secrets by name, made once by the first server that needs one and kept in the database, so that
 * every server of a deployment has the same, across restarts (the key that signs links to files, the tag of email
 * Message-IDs). Read once per server.
 */
@ApplicationScoped
public class ServerSecrets {

    @EJB
    ServerSecretStore store;

    private final Map<String, byte[]> known = new ConcurrentHashMap<>();

    public byte[] named(String name) {
        return known.computeIfAbsent(name, this::readOrMake).clone();
    }

    private byte[] readOrMake(String name) {
        try {
            return store.named(name);
        } catch (EJBException e) {
            if (!UniqueViolation.isCauseOf(e)) {
                throw e;
            }
            return store.named(name);
        }
    }
}
