package io.threadline.web.api;

import io.threadline.routing.Agents;
import io.threadline.routing.Presence;
import io.threadline.shared.ForbiddenException;
import io.threadline.shared.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
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

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Agents for routing. {@code /admin/agents[/{username}]}: capacity, skills and teams (admins write, supervisors read).
 * {@code /agents/me/presence} and {@code /agents/{username}/presence}: ONLINE, AWAY or OFFLINE (an agent their own, a
 * supervisor anyone's).
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class AgentsResource {

    @EJB
    Agents agents;

    @GET
    @Path("admin/agents")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    public List<JsonObject> list() {
        return agents.list();
    }

    @GET
    @Path("admin/agents/{username}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    public JsonObject get(@PathParam("username") String username) {
        return agents.get(username);
    }

    @PUT
    @Path("admin/agents/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public JsonObject define(@PathParam("username") String username, JsonObject body, @Context SecurityContext security) {
        return agents.define(username, JsonFields.required(body, "capacity, skills and teams"),
                security.getUserPrincipal().getName());
    }

    @GET
    @Path("agents/{username}/presence")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public JsonObject presence(@PathParam("username") String username, @Context SecurityContext security) {
        String who = who(username, security);
        return Json.createObjectBuilder().add("username", who).add("status", agents.presenceOf(who).name()).build();
    }

    @PUT
    @Path("agents/{username}/presence")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public JsonObject changePresence(@PathParam("username") String username, JsonObject body, @Context SecurityContext security) {
        String who = who(username, security);
        String status = JsonFields.text(JsonFields.required(body, "status"), "status");
        Presence presence;
        try {
            presence = Presence.valueOf(status == null ? "" : status);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "is required, one of " + Arrays.toString(Presence.values()));
        }
        agents.changePresence(who, presence, Instant.now());
        return Json.createObjectBuilder().add("username", who).add("status", presence.name()).build();
    }

    /** The workspace is in use: keeps an online agent from going away by itself. */
    @POST
    @Path("agents/me/heartbeat")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Response heartbeat(@Context SecurityContext security) {
        agents.seen(security.getUserPrincipal().getName(), Instant.now());
        return Response.noContent().build();
    }

    private static String who(String username, SecurityContext security) {
        String me = security.getUserPrincipal().getName();
        if ("me".equals(username) || me.equals(username)) {
            return me;
        }
        if (!security.isUserInRole(Roles.SUPERVISOR) && !security.isUserInRole(Roles.ADMIN)) {
            throw new ForbiddenException("Agents set their own presence; a supervisor sets " + username + "'s");
        }
        return username;
    }
}
