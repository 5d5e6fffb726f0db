package io.threadline.shared;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/** Reads or makes a deployment secret ({@link ServerSecret}) in a transaction of its own; used by {@link ServerSecrets}. */
@Stateless
public class ServerSecretStore {

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    /**
     * The secret's bytes, made now if no server made it yet. When two servers make it at once, one insert fails on the
     * key; {@link ServerSecrets} then asks again and reads the winner's.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public byte[] named(String name) {
        ServerSecret secret = em.find(ServerSecret.class, name);
        if (secret == null) {
            secret = ServerSecret.create(name, Instant.now());
            em.persist(secret);
            em.flush();
        }
        return secret.bytes();
    }
}
