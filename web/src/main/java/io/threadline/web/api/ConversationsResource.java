package io.threadline.web.api;

import io.threadline.conversation.ConversationView;
import io.threadline.conversation.TimelineQueries;
import io.threadline.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A conversation's status, priority, queue, assignee, tags and SLA due times. */
@Path("/conversations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class ConversationsResource {

    @EJB
    TimelineQueries timelines;

    @GET
    @Path("/{id}")
    public ConversationView conversation(@PathParam("id") long id) {
        return timelines.conversation(id).orElseThrow(() -> new NotFoundException("Conversation", id));
    }
}
