package io.threadline.web.api;

import io.threadline.identity.dedupe.DedupeRuns;
import io.threadline.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * What the identity-dedupe job did: {@code GET /admin/identity/dedupe/runs?limit=20}, the newest runs with their policy
 * and counts; {@code GET /admin/identity/dedupe/runs/{id}}, one run.
 */
@Path("/admin/identity/dedupe/runs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.BATCH_OPERATOR})
public class DedupeRunsResource {

    @EJB
    DedupeRuns runs;

    @GET
    public List<JsonObject> newest(@QueryParam("limit") @DefaultValue("20") int limit) {
        return runs.newest(limit);
    }

    @GET
    @Path("/{id}")
    public JsonObject run(@PathParam("id") long id) {
        return runs.run(id).orElseThrow(() -> new NotFoundException("identity-dedupe run", id));
    }
}
