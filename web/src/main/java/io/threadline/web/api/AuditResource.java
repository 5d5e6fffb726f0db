package io.threadline.web.api;

import io.threadline.audit.AuditEntryView;
import io.threadline.audit.AuditLog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * {@code GET /admin/audit?kind=routing-rule&actor=ada&before=ID&limit=100}: the audit log, newest first: configuration
 * changes, sign-ins and customers' profiles viewed.
 */
@Path("/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
public class AuditResource {

    @EJB
    AuditLog audit;

    @GET
    public List<JsonObject> newest(@QueryParam("kind") String kind, @QueryParam("actor") String actor,
                                   @QueryParam("before") Long before, @QueryParam("limit") @DefaultValue("100") int limit) {
        return audit.newest(blankAsNull(kind), blankAsNull(actor), before, limit).stream().map(AuditEntryView::toJson).toList();
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
