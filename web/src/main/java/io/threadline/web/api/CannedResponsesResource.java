package io.threadline.web.api;

import io.threadline.composer.CannedResponseView;
import io.threadline.composer.CannedResponses;
import io.threadline.shared.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

/**
 * Canned responses: the shared ones and the caller's personal ones; and one filled in for a conversation. Body of
 * POST and PUT: {@code {"title": "Return label", "shortcut": "label", "body": "Hi {{customer.firstName}}, ...",
 * "shared": true}} ({@code shared} only on POST, supervisors and admins only).
 */
@Path("/canned-responses")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class CannedResponsesResource {

    @EJB
    CannedResponses responses;

    @GET
    public List<CannedResponseView> list(@Context SecurityContext security) {
        return responses.visibleTo(Actors.of(security));
    }

    @GET
    @Path("/{id}")
    public CannedResponseView get(@PathParam("id") long id, @Context SecurityContext security) {
        return responses.get(id, Actors.of(security));
    }

    /** The response's text with its placeholders filled in for the conversation and the caller. */
    @GET
    @Path("/{id}/rendered")
    public CannedResponses.Rendered rendered(@PathParam("id") long id, @QueryParam("conversation") Long conversation,
                                             @Context SecurityContext security) {
        if (conversation == null) {
            throw new InvalidInputException("conversation", "is required: the id of the conversation to fill it in for");
        }
        return responses.render(id, conversation, Actors.of(security));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body, @Context SecurityContext security, @Context UriInfo uri) {
        CannedResponseView created = responses.create(fields(body), Actors.of(security));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CannedResponseView update(@PathParam("id") long id, JsonObject body, @Context SecurityContext security) {
        return responses.update(id, fields(body), Actors.of(security));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") long id, @Context SecurityContext security) {
        responses.delete(id, Actors.of(security));
        return Response.noContent().build();
    }

    private static CannedResponses.Fields fields(JsonObject body) {
        JsonObject fields = JsonFields.required(body, "title, body and optionally shortcut and shared");
        JsonValue shared = fields.get("shared");
        if (shared != null && shared != JsonValue.NULL && shared != JsonValue.TRUE && shared != JsonValue.FALSE) {
            throw new InvalidInputException("shared", "must be true or false");
        }
        return new CannedResponses.Fields(JsonFields.text(fields, "title"), JsonFields.text(fields, "shortcut"),
                JsonFields.text(fields, "body"), shared == JsonValue.TRUE);
    }
}
