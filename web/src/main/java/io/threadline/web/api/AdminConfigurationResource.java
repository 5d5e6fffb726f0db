package io.threadline.web.api;

import io.threadline.configuration.ConfigurationAdmin;
import io.threadline.configuration.DocumentType;
import io.threadline.web.configuration.ConfigurationKinds;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;


import java.util.List;

/**
 * Routing, SLA and automation configuration as data: {@code /admin/queues}, {@code /admin/calendars},
 * {@code /admin/routing-rules}, {@code /admin/sla-policies}, {@code /admin/automation-rules}, each a list (GET, POST)
 * and documents by name (GET, PUT, DELETE). Admins write, supervisors read; every change is audited.
 */
@Path("/admin/{kind: queues|calendars|routing-rules|sla-policies|automation-rules}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
public class AdminConfigurationResource {

    @EJB
    ConfigurationAdmin admin;

    @Inject
    ConfigurationKinds kinds;

    @GET
    public List<JsonObject> list(@PathParam("kind") String kind) {
        return admin.list(type(kind));
    }

    @GET
    @Path("/{name}")
    public JsonObject get(@PathParam("kind") String kind, @PathParam("name") String name) {
        return admin.get(type(kind), name);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response create(@PathParam("kind") String kind, JsonObject body, @Context SecurityContext security,
                           @Context UriInfo uri) {
        JsonObject created = admin.create(type(kind), JsonFields.required(body, "the " + kind + " document"), user(security));
        return Response.created(uri.getAbsolutePathBuilder().path(created.getString("name")).build()).entity(created).build();
    }

    @PUT
    @Path("/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public JsonObject replace(@PathParam("kind") String kind, @PathParam("name") String name, JsonObject body,
                              @Context SecurityContext security) {
        return admin.replace(type(kind), name, JsonFields.required(body, "the " + kind + " document"), user(security));
    }

    @DELETE
    @Path("/{name}")
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@PathParam("kind") String kind, @PathParam("name") String name, @Context SecurityContext security) {
        admin.delete(type(kind), name, user(security));
        return Response.noContent().build();
    }

    private DocumentType<?> type(String kind) {
        return kinds.type(kind);
    }

    private static String user(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }
}
