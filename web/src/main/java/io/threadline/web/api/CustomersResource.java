package io.threadline.web.api;

import io.threadline.conversation.TimelineEntryView;
import io.threadline.conversation.TimelineQueries;
import io.threadline.identity.CustomerDirectory;
import io.threadline.identity.CustomerMergeService;
import io.threadline.identity.CustomerView;
import io.threadline.shared.InvalidInputException;
import io.threadline.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import java.util.List;

/** Customer profiles, lookup by any identity, the unified timeline, and manual merge. */
@Path("/customers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class CustomersResource {

    @EJB
    CustomerDirectory directory;

    @EJB
    TimelineQueries timelines;

    @EJB
    CustomerMergeService merges;

    @GET
    public List<CustomerView> findByIdentity(@QueryParam("identity") String identity) {
        if (identity == null || identity.isBlank()) {
            throw new InvalidInputException("identity", "query parameter is required (an email, phone number or provider id)");
        }
        return directory.findByIdentity(identity);
    }

    @GET
    @Path("/{id}")
    public CustomerView profile(@PathParam("id") long id) {
        return directory.profile(id).orElseThrow(() -> new NotFoundException("Customer", id));
    }

    @GET
    @Path("/{id}/timeline")
    public List<TimelineEntryView> timeline(@PathParam("id") long id) {
        profile(id);
        return timelines.timelineOf(id);
    }

    /** Merges customer {@code from} into this one; body {@code {"from": otherId}}. */
    @POST
    @Path("/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public CustomerView merge(@PathParam("id") long id, JsonObject body, @Context SecurityContext security) {
        JsonValue from = body == null ? null : body.get("from");
        if (!(from instanceof JsonNumber number) || !number.isIntegral()) {
            throw new InvalidInputException("from", "is required: the id of the customer to merge into this one");
        }
        merges.merge(id, number.longValue(), security.getUserPrincipal().getName());
        return profile(id);
    }
}
