package io.threadline.web.api;

import io.threadline.scheduling.JobLauncher;
import io.threadline.shared.InvalidInputException;
import io.threadline.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.ejb.EJBException;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.Map;
import java.util.Properties;

/**
 * {@code POST /api/v1/admin/batch/jobs/{job}} with the job parameters as a JSON object: starts the job after the same
 * checks as the batch jobs page, so a wrong parameter is a {@code 400} naming it and nothing starts (Liberty's own
 * {@code /ibm/api/batch} starts the job first and lets it fail). {@code 201} with the execution's id and its place in
 * Liberty's batch REST API, where it is watched, stopped and restarted.
 */
@Path("/admin/batch/jobs/{job}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BATCH_OPERATOR, Roles.ADMIN})
public class BatchJobsResource {

    @POST
    public Response start(@PathParam("job") String job, JsonObject parameters) {
        Properties properties = properties(parameters);
        long execution;
        try {
            execution = JobLauncher.deployed().start(job, properties);
        } catch (EJBException e) {
            throw refusal(job, e.getCause() == null ? e : e.getCause());
        } catch (RuntimeException e) {
            throw refusal(job, e);
        }
        return Response.created(URI.create("/ibm/api/batch/jobexecutions/" + execution))
                .entity(Json.createObjectBuilder().add("job", job).add("executionId", execution).build()).build();
    }

    private static RuntimeException refusal(String job, Throwable failure) {
        if (failure instanceof NoSuchJobException) {
            return new NotFoundException("Batch job", job);
        }
        if (failure instanceof IllegalArgumentException) {
            return new InvalidInputException("jobParameters", failure.getMessage());
        }
        return failure instanceof RuntimeException runtime ? runtime : new EJBException(failure.toString());
    }

    private static Properties properties(JsonObject parameters) {
        Properties properties = new Properties();
        if (parameters == null) {
            return properties;
        }
        for (Map.Entry<String, JsonValue> parameter : parameters.entrySet()) {
            JsonValue value = parameter.getValue();
            String text = switch (value.getValueType()) {
                case STRING -> ((JsonString) value).getString();
                case NUMBER -> ((JsonNumber) value).toString();
                case TRUE, FALSE -> value.toString();
                default -> throw new InvalidInputException("jobParameters." + parameter.getKey(),
                        "must be a string, a number or true/false");
            };
            properties.setProperty(parameter.getKey(), text);
        }
        return properties;
    }
}
