package io.threadline.web.api;

import io.threadline.audit.AuditLog;
import io.threadline.conversation.TimelineEntryView;
import io.threadline.erp.CustomerOrders;
import io.threadline.erp.OrderView;
import io.threadline.conversation.TimelineQueries;
import io.threadline.identity.CustomerDirectory;
import io.threadline.identity.CustomerMergeService;
import io.threadline.identity.CustomerTier;
import io.threadline.identity.CustomerTiers;
import io.threadline.identity.CustomerView;
import io.threadline.identity.IdentityNormalizer;
import io.threadline.identity.IdentityService;
import io.threadline.identity.IdentityType;
import io.threadline.identity.MergePreview;
import io.threadline.identity.MergeRecords;
import io.threadline.identity.MergeSuggestion;
import io.threadline.identity.MergeSuggestions;
import io.threadline.identity.MergeView;
import io.threadline.shared.InvalidInputException;
import io.threadline.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.JsonNumber;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Customer profiles, lookup by any identity, the unified timeline, manual merge with its preview and undo, merge suggestions. */
@Path("/customers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION, Roles.VIEWER})
public class CustomersResource {

    @EJB
    CustomerDirectory directory;

    @EJB
    AuditLog audit;

    @EJB
    TimelineQueries timelines;

    @EJB
    CustomerMergeService merges;

    @EJB
    MergeRecords mergeRecords;

    @EJB
    MergeSuggestions suggestions;

    @EJB
    IdentityService identities;

    @EJB
    CustomerTiers tiers;

    @EJB
    CustomerOrders orders;

    @Inject
    IdentityNormalizer normalizer;

    @GET
    public List<CustomerView> findByIdentity(@QueryParam("identity") String identity) {
        if (identity == null || identity.isBlank()) {
            throw new InvalidInputException("identity", "query parameter is required (an email, phone number or provider id)");
        }
        return directory.findByIdentity(identity);
    }

    /** The profile; who asked for it goes to the audit log. */
    @GET
    @Path("/{id}")
    public CustomerView viewProfile(@PathParam("id") long id, @Context SecurityContext security) {
        CustomerView profile = profile(id);
        audit.customerViewed(security.getUserPrincipal().getName(), id, "profile");
        return profile;
    }

    /** Every interaction; who asked for them goes to the audit log. */
    @GET
    @Path("/{id}/timeline")
    public List<TimelineEntryView> timeline(@PathParam("id") long id, @Context SecurityContext security) {
        profile(id);
        audit.customerViewed(security.getUserPrincipal().getName(), id, "timeline");
        return timelines.timelineOf(id);
    }

    private CustomerView profile(long id) {
        return directory.profile(id).orElseThrow(() -> new NotFoundException("Customer", id));
    }

    /** The customer's ERP orders, newest first, with lines and shipments; {@code limit} 1-200 (default 50). */
    @GET
    @Path("/{id}/orders")
    public List<OrderView> orders(@PathParam("id") long id, @QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > 200) {
            throw new InvalidInputException("limit", "must be from 1 to 200");
        }
        profile(id);
        return orders.orders(id, limit);
    }

    /**
     * Puts a further identity on file, body {@code {"type": "PHONE", "value": "+14155550142"}}: 201 with the
     * profile when added, 200 when the customer had it already, 409 when it belongs to another customer.
     */
    @POST
    @Path("/{id}/identities")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
    public Response addIdentity(@PathParam("id") long id, JsonObject body, @Context SecurityContext security) {
        if (body == null) {
            throw new InvalidInputException("body", "must be a JSON object with type and value");
        }
        String type = body.get("type") instanceof JsonString t ? t.getString().trim().toUpperCase(Locale.ROOT) : null;
        IdentityType identityType = Arrays.stream(IdentityType.values()).filter(v -> v.name().equals(type)).findFirst()
                .orElseThrow(() -> new InvalidInputException("type", "is required, one of "
                        + Arrays.toString(IdentityType.values())));
        String value = body.get("value") instanceof JsonString v ? v.getString() : null;
        boolean added = identities.addTo(id, normalizer.forType(identityType, value, "value"),
                security.getUserPrincipal().getName());
        return Response.status(added ? Response.Status.CREATED : Response.Status.OK).entity(profile(id)).build();
    }

    /** A supervisor sets the customer's tier, body {@code {"tier": "VIP"}}; their open conversations follow it. */
    @PUT
    @Path("/{id}/tier")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public CustomerView tier(@PathParam("id") long id, JsonObject body, @Context SecurityContext security) {
        String tier = JsonFields.text(JsonFields.required(body, "tier"), "tier");
        CustomerTier parsed = Arrays.stream(CustomerTier.values())
                .filter(t -> t.name().equalsIgnoreCase(tier == null ? "" : tier.strip())).findFirst()
                .orElseThrow(() -> new InvalidInputException("tier", "is required, one of " + Arrays.toString(CustomerTier.values())));
        tiers.change(id, parsed, Actors.of(security));
        return profile(id);
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

    /** What merging customer {@code from} into this one would move; nothing changes. Refused like the merge itself. */
    @GET
    @Path("/{id}/merge-preview")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public MergePreview mergePreview(@PathParam("id") long id, @QueryParam("from") Long from) {
        if (from == null) {
            throw new InvalidInputException("from", "query parameter is required: the id of the customer to merge into this one");
        }
        return mergeRecords.preview(id, from);
    }

    /** The merges into this customer, newest first, with what each moved and whether it was undone. */
    @GET
    @Path("/{id}/merges")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public List<MergeView> merges(@PathParam("id") long id) {
        profile(id);
        return mergeRecords.mergesInto(id);
    }

    /** Undoes a merge into this customer: what it moved goes back, the merged customer is active again. */
    @POST
    @Path("/{id}/merges/{mergeId}/undo")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public MergeView undoMerge(@PathParam("id") long id, @PathParam("mergeId") long mergeId, @Context SecurityContext security) {
        return MergeView.of(merges.undo(id, mergeId, security.getUserPrincipal().getName()));
    }

    /** Other customers who may be the same person, with the reasons; dismissed pairs are left out. */
    @GET
    @Path("/{id}/merge-suggestions")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public List<MergeSuggestion> mergeSuggestions(@PathParam("id") long id) {
        return suggestions.forCustomer(id);
    }

    /** "Not the same person": customer {@code otherId} is never suggested for this one again. 201 when recorded, 200 if it was. */
    @POST
    @Path("/{id}/merge-suggestions/{otherId}/dismiss")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Response dismissSuggestion(@PathParam("id") long id, @PathParam("otherId") long otherId,
                                      @Context SecurityContext security) {
        boolean recorded = suggestions.dismiss(id, otherId, security.getUserPrincipal().getName());
        return Response.status(recorded ? Response.Status.CREATED : Response.Status.OK)
                .entity(suggestions.forCustomer(id)).build();
    }
}
