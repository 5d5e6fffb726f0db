package io.threadline.web.api;

import io.threadline.shared.Actor;
import jakarta.ws.rs.core.SecurityContext;

/** The API caller as the teamwork services see them: their name and whether they act as a supervisor. */
final class Actors {

    private Actors() {
    }

    static Actor of(SecurityContext security) {
        return new Actor(security.getUserPrincipal().getName(),
                security.isUserInRole(Roles.SUPERVISOR) || security.isUserInRole(Roles.ADMIN));
    }
}
