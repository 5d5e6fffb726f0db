package io.threadline.web.api;

import io.threadline.retention.RetentionRunView;
import io.threadline.retention.RetentionRuns;
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
 * What the retention job did: {@code GET /admin/retention/runs?limit=20}, the newest runs with their policy and
 * counts; {@code GET /admin/retention/runs/{id}?after=ACTION&limit=1000}, one run with a page of its actions.
 */
@Path("/admin/retention/runs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class RetentionResource {

    @EJB
    RetentionRuns runs;

    @GET
    public List<JsonObject> newest(@QueryParam("limit") @DefaultValue("20") int limit) {
        return runs.newest(limit).stream().map(RetentionRunView::toJson).toList();
    }

    @GET
    @Path("/{id}")
    public JsonObject run(@PathParam("id") long id, @QueryParam("after") @DefaultValue("0") long after,
                          @QueryParam("limit") @DefaultValue("1000") int limit) {
        return runs.run(id, after, limit).map(RetentionRunView::toJson)
                .orElseThrow(() -> new NotFoundException("Retention run", id));
    }
}
