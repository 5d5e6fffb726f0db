package io.threadline.web.api;

import io.threadline.routing.RoutingDryRun;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /admin/routing/dry-run}: a canonical message in; its language and urgency, the routing rules that match
 * and where it would go, the SLA policy and due times, and the automation rules that would act, out. Nothing is stored.
 */
@Path("/admin/routing/dry-run")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
public class RoutingDryRunResource {

    @EJB
    RoutingDryRun dryRun;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject run(String body) {
        return dryRun.run(body);
    }
}
