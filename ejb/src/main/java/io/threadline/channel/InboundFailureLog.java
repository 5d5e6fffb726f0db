package io.threadline.channel;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Optional;

/** Records failed delivery attempts in their own transaction, which survives the rollback of the attempt. */
@Stateless
public class InboundFailureLog {

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void attemptFailed(String messageId, int attempt, Throwable cause) {
        InboundFailure failure = em.find(InboundFailure.class, messageId);
        if (failure == null) {
            failure = new InboundFailure(messageId);
            em.persist(failure);
        }
        failure.attemptFailed(attempt, describe(cause), Instant.now());
    }

    public Optional<InboundFailure> find(String messageId) {
        return Optional.ofNullable(em.find(InboundFailure.class, messageId));
    }

    public void forget(String messageId) {
        find(messageId).ifPresent(em::remove);
    }

    /** The innermost cause first, as an admin wants to read it, then the full trace. */
    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        String text = root.getClass().getName() + ": " + root.getMessage() + "\n\n" + trace;
        return text.length() > 20_000 ? text.substring(0, 20_000) : text;
    }
}
