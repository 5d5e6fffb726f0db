package io.threadline.web.api;

import io.threadline.channel.outbound.StuckReplies;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * Replies waiting to go out longer than {@code crm.replies.stuck-after}: {@code GET /admin/stuck-replies?max=100}, and
 * {@code POST /admin/stuck-replies/{entryId}/send} to queue one again ({@code 409} when it is not waiting any more).
 */
@Path("/admin/stuck-replies")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class StuckRepliesResource {

    @EJB
    StuckReplies replies;

    @GET
    public List<StuckReplies.StuckReply> waiting(@QueryParam("max") @DefaultValue("100") int max) {
        return replies.waiting(Math.max(1, Math.min(max, 1000)));
    }

    @POST
    @Path("/{entryId}/send")
    public Response sendAgain(@PathParam("entryId") long entryId) {
        replies.sendAgain(entryId);
        return Response.accepted().build();
    }
}
