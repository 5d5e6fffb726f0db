package io.threadline.web.api;

import io.threadline.audit.AuditLog;
import io.threadline.privacy.CustomerArchive;
import io.threadline.privacy.PrivacyRequestView;
import io.threadline.privacy.PrivacyRequests;
import io.threadline.shared.InvalidInputException;
import io.threadline.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.Locale;

/**
 * Customers' privacy requests, for admins: {@code POST /admin/privacy/requests} with
 * {@code {"type": "export"|"erasure", "customer": 42, "reason": "...", "approvedBy": "..."}} (approvedBy for an
 * erasure), {@code GET /admin/privacy/requests?customer=42}, and {@code GET /admin/privacy/requests/{id}/archive},
 * the ZIP of an export.
 */
@Path("/admin/privacy/requests")
@RolesAllowed(Roles.ADMIN)
public class PrivacyResource {

    /** Where an export request's archive is downloaded. */
    public static String archivePath(long requestId) {
        return "/api/v1/admin/privacy/requests/" + requestId + "/archive";
    }

    @EJB
    PrivacyRequests requests;

    @EJB
    CustomerArchive archives;

    @EJB
    AuditLog audit;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response answer(JsonObject body, @Context UriInfo uri) {
        JsonFields.required(body, "type, customer and reason");
        String type = JsonFields.text(body, "type");
        long customer = customer(body.get("customer"));
        String reason = JsonFields.text(body, "reason");
        String requester = security.getUserPrincipal().getName();
        PrivacyRequestView request = switch (type == null ? "" : type.toLowerCase(Locale.ROOT)) {
            case "export" -> requests.export(customer, reason, requester);
            case "erasure" -> requests.erase(customer, reason, JsonFields.text(body, "approvedBy"), requester);
            default -> throw new InvalidInputException("type", "must be export or erasure");
        };
        return Response.created(uri.getBaseUriBuilder().path("admin/privacy/requests/{id}").build(request.id()))
                .entity(json(request)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<JsonObject> newest(@QueryParam("customer") Long customer, @QueryParam("limit") @DefaultValue("50") int limit) {
        return requests.newest(customer, limit).stream().map(PrivacyResource::json).toList();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject request(@PathParam("id") long id) {
        return json(find(id));
    }

    /** The archive of an export request, made now; each download is in the audit log. */
    @GET
    @Path("/{id}/archive")
    @Produces("application/zip")
    public Response archive(@PathParam("id") long id) {
        PrivacyRequestView request = find(id);
        if (!request.type().equals("EXPORT")) {
            throw new NotFoundException("Export request", id);
        }
        audit.recordEvent(security.getUserPrincipal().getName(), "DOWNLOADED", "privacy-request", String.valueOf(id),
                Json.createObjectBuilder().add("customer", request.customer()).build());
        StreamingOutput zip = out -> archives.write(request, out);
        return Response.ok(zip, "application/zip").header("Content-Disposition",
                "attachment; filename=\"customer-" + request.customer() + "-request-" + id + ".zip\"").build();
    }

    private PrivacyRequestView find(long id) {
        return requests.find(id).orElseThrow(() -> new NotFoundException("Privacy request", id));
    }

    private static long customer(JsonValue value) {
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw new InvalidInputException("customer", "is required: the customer's id");
        }
        return number.longValue();
    }

    static JsonObject json(PrivacyRequestView request) {
        var json = Json.createObjectBuilder().add("id", request.id()).add("type", request.type())
                .add("customer", request.customer()).add("reason", request.reason()).add("requestedBy", request.requestedBy())
                .add("receivedAt", request.receivedAt().toString());
        json.add("approvedBy", request.approvedBy() == null ? JsonValue.NULL : Json.createValue(request.approvedBy()));
        json.add("outcome", request.outcome() == null ? JsonValue.NULL : Json.createValue(request.outcome()));
        if (request.type().equals("EXPORT")) {
            json.add("archive", archivePath(request.id()));
        }
        return json.build();
    }
}
