package io.threadline.web.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The integration and read API: JSON over HTTP, ISO-8601 UTC timestamps, HTTP Basic for API clients. */
@ApplicationPath("/api/v1")
@DeclareRoles({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.BATCH_OPERATOR, Roles.INTEGRATION})
public class ApiApplication extends Application {
}
