package io.threadline.web.security;

import io.threadline.audit.AuditLog;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sign-ins in the audit log (kind {@code sign-in}): each through the form, and each failed or refused one through the
 * form or the API, with the address it came from. A successful HTTP Basic call is not one: clients send their
 * credentials with every request, and what they change is audited where it is changed.
 */
@ApplicationScoped
public class SignInAudit {

    public enum Outcome { SIGNED_IN, SIGN_IN_FAILED, SIGN_IN_REFUSED }

    private static final Logger LOG = Logger.getLogger(SignInAudit.class.getName());

    @EJB
    AuditLog audit;

    public void record(String user, Outcome outcome, HttpServletRequest request, String via) {
        try {
            audit.recordEvent(user, outcome.name(), "sign-in", user, Json.createObjectBuilder()
                    .add("address", request.getRemoteAddr()).add("via", via).build());
        } catch (RuntimeException e) {
            // The sign-in itself goes on; the server log keeps what the audit log could not.
            LOG.log(Level.WARNING, "Could not audit " + outcome + " of " + user + " from " + request.getRemoteAddr(), e);
        }
    }
}
