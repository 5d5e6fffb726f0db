package io.threadline.web.api;

import io.threadline.audit.AuditLog;
import io.threadline.reporting.ReportCsv;
import io.threadline.reporting.ReportName;
import io.threadline.reporting.ReportQuery;
import io.threadline.reporting.ReportTable;
import io.threadline.reporting.Reports;
import io.threadline.shared.ForbiddenException;
import io.threadline.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/reports/{name}?from=&to=[&channel=&team=&agent=&by=]}: a report over the published facts, as JSON
 * {@code {report, from, to, rows}}, or as CSV with {@code Accept: text/csv} or {@code format=csv}. Viewers read the
 * JSON; the CSV is an export, for those with the export permission, and each download goes into the audit log.
 */
@Path("/reports")
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.VIEWER, Roles.EXPORTER})
public class ReportsResource {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8.name());

    @EJB
    Reports reports;

    @EJB
    AuditLog audit;

    @GET
    @Path("/{name}")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Response report(@PathParam("name") String name, @Context UriInfo uri, @Context HttpHeaders headers,
                           @Context SecurityContext security) {
        ReportName report = ReportName.parse(name).orElseThrow(() -> new NotFoundException("Report", name));
        Map<String, String> parameters = new HashMap<>();
        uri.getQueryParameters().forEach((key, values) -> parameters.put(key, values.get(0)));
        boolean csv = "csv".equals(parameters.get("format"))
                || headers.getAcceptableMediaTypes().stream().anyMatch(t -> t.isCompatible(CSV) && !t.isWildcardType());
        if (csv && !mayExport(security)) {
            throw new ForbiddenException("Downloading reports needs the export permission (role exporter, supervisor or admin)");
        }
        ReportTable table = reports.report(ReportQuery.of(report, parameters));
        if (csv) {
            audit.recordEvent(security.getUserPrincipal().getName(), "EXPORTED", "report", report.wireName(),
                    Json.createObjectBuilder().add("from", table.query().from().toString())
                            .add("to", table.query().to().toString()).add("rows", table.rows().size()).build());
            StreamingOutput body = out -> {
                OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                ReportCsv.write(table, writer);
            };
            return Response.ok(body, CSV).header("Content-Disposition", "attachment; filename=\"" + report.wireName()
                    + "-" + table.query().from() + "-" + table.query().to() + ".csv\"").build();
        }
        return Response.ok(json(table), MediaType.APPLICATION_JSON_TYPE).build();
    }

    static boolean mayExport(SecurityContext security) {
        return security.isUserInRole(Roles.EXPORTER) || security.isUserInRole(Roles.SUPERVISOR)
                || security.isUserInRole(Roles.ADMIN);
    }

    private static JsonObject json(ReportTable table) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (List<Object> row : table.rows()) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            for (int i = 0; i < table.columns().size(); i++) {
                Object value = row.get(i);
                String column = table.columns().get(i);
                if (value == null) {
                    object.addNull(column);
                } else if (value instanceof Double d) {
                    object.add(column, BigDecimal.valueOf(d));
                } else if (value instanceof Number n) {
                    object.add(column, n.longValue());
                } else {
                    object.add(column, value.toString());
                }
            }
            rows.add(object);
        }
        return Json.createObjectBuilder().add("report", table.query().report().wireName())
                .add("from", table.query().from().toString()).add("to", table.query().to().toString())
                .add("rows", rows).build();
    }
}
