package io.threadline.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/**
 * A key only the servers know, made once and kept in the database so that every server of a deployment signs and
 * checks with the same one, and it survives restarts.
 */
@Entity
@Table(name = "SERVER_SECRET")
public class ServerSecret {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(length = 60)
    private String name;

    @Column(name = "SECRET_VALUE", nullable = false, length = 100)
    private String value;

    @Column(nullable = false)
    private Instant createdAt;

    protected ServerSecret() {
    }

    /** A new secret of 256 random bits. */
    static ServerSecret create(String name, Instant now) {
        ServerSecret secret = new ServerSecret();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        secret.name = name;
        secret.value = Base64.getEncoder().encodeToString(bytes);
        secret.createdAt = now;
        return secret;
    }

    byte[] bytes() {
        return Base64.getDecoder().decode(value);
    }
}
