package io.threadline.web.api;

import io.threadline.channel.DeadLetter;
import io.threadline.channel.DeadLetterQueue;
import io.threadline.channel.DeadLetters;
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

/**
 * Inbound (or, with {@code ?queue=erp}, ERP) messages that were refused or kept failing: why, and a replay once the
 * cause is fixed.
 */
@Path("/admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class DeadLettersResource {

    @EJB
    DeadLetters deadLetters;

    @GET
    public java.util.List<DeadLetter> list(@QueryParam("max") @DefaultValue("100") int max, @QueryParam("queue") String queue) {
        return deadLetters.list(DeadLetterQueue.parse("queue", queue), Math.max(1, Math.min(max, 1000)));
    }

    @POST
    @Path("/{messageId}/replay")
    public Response replay(@PathParam("messageId") String messageId, @QueryParam("queue") String queue) {
        deadLetters.replay(DeadLetterQueue.parse("queue", queue), messageId);
        return Response.accepted().build();
    }
}
