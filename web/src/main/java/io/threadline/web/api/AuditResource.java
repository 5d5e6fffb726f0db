package io.threadline.web.api;

import io.threadline.audit.AuditEntryView;
import io.threadline.audit.AuditExport;
import io.threadline.audit.AuditFilter;
import io.threadline.audit.AuditLog;
import io.threadline.reporting.ReportingSettings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /admin/audit?kind=routing-rule&actor=ada&name=42&from=2026-11-01&to=2026-11-30&before=ID&limit=100}: the
 * audit log, newest first: configuration changes, changes to customers and conversations, sign-ins and customers
 * viewed. {@code GET /admin/audit/export} with the same filter: all of it as CSV, recorded as an export.
 */
@Path("/admin/audit")
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
public class AuditResource {

    @EJB
    AuditLog audit;

    @Inject
    AuditExport export;

    @Inject
    ReportingSettings reporting;

    @Context
    SecurityContext security;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<JsonObject> newest(@QueryParam("kind") String kind, @QueryParam("actor") String actor,
                                   @QueryParam("name") String name, @QueryParam("from") String from,
                                   @QueryParam("to") String to, @QueryParam("before") Long before,
                                   @QueryParam("limit") @DefaultValue("100") int limit) {
        return audit.newest(filter(kind, actor, name, from, to), before, limit).stream().map(AuditEntryView::toJson).toList();
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    public Response export(@QueryParam("kind") String kind, @QueryParam("actor") String actor,
                           @QueryParam("name") String name, @QueryParam("from") String from, @QueryParam("to") String to) {
        AuditFilter filter = filter(kind, actor, name, from, to);
        String exporter = security.getUserPrincipal().getName();
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            export.write(filter, exporter, writer);
            writer.flush();
        };
        return Response.ok(body, ReportsResource.CSV).header("Content-Disposition",
                "attachment; filename=\"audit-" + LocalDate.now(reporting.zone()) + ".csv\"").build();
    }

    private AuditFilter filter(String kind, String actor, String name, String from, String to) {
        return AuditFilter.of(kind, actor, name, from, to, reporting.zone());
    }
}
