package io.threadline.web.api;

import io.threadline.assist.similar.ConversationSuggestions;
import io.threadline.assist.similar.Suggestions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * What the conversation view suggests for a conversation: help articles for the customer's latest message and similar
 * resolved conversations with the reply that resolved them. Read by whoever may read the conversation.
 */
@Path("/conversations/{id}/suggestions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION, Roles.VIEWER})
public class ConversationSuggestionsResource {

    @EJB
    ConversationSuggestions suggestions;

    @GET
    public Suggestions suggestions(@PathParam("id") long id) {
        return suggestions.of(id);
    }
}
