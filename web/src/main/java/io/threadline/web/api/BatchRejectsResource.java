package io.threadline.web.api;

import io.threadline.scheduling.JobLauncher;
import io.threadline.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/v1/admin/batch/executions/{id}/rejects}: the rejects file of a customer-import or erp-import
 * execution, as the CSV it is; {@code 404} when the execution rejected nothing (or is not an import).
 */
@Path("/admin/batch/executions/{id}/rejects")
@RolesAllowed({Roles.BATCH_OPERATOR, Roles.ADMIN})
public class BatchRejectsResource {

    @GET
    @Produces("text/csv")
    public Response rejects(@PathParam("id") long executionId) {
        java.nio.file.Path file = JobLauncher.deployed().rejectsFile(executionId)
                .orElseThrow(() -> new NotFoundException("Rejects file of execution", executionId));
        return Response.ok(file.toFile()).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + file.getFileName().toString().replace('"', '_') + "\"").build();
    }
}
