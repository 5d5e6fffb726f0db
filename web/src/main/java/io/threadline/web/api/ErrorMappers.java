package io.threadline.web.api;

import io.threadline.shared.ConflictException;
import io.threadline.shared.ForbiddenException;
import io.threadline.shared.IntakeUnavailableException;
import io.threadline.shared.InvalidInputException;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every failure into a JSON error with the right status; internal details stay in the log. */
@Provider
public class ErrorMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());
    static final String RETRY_AFTER_SECONDS = "5";

    @Override
    public Response toResponse(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof InvalidInputException e) {
            return ApiError.response(Status.BAD_REQUEST, "invalid_input", e.field(), e.getMessage());
        }
        if (cause instanceof NotFoundException e) {
            return ApiError.response(Status.NOT_FOUND, "not_found", null, e.getMessage());
        }
        if (cause instanceof ForbiddenException e) {
            return ApiError.response(Status.FORBIDDEN, "forbidden", null, e.getMessage());
        }
        if (cause instanceof ConflictException e) {
            return ApiError.response(Status.CONFLICT, "conflict", null, e.getMessage());
        }
        if (cause instanceof IntakeUnavailableException e) {
            LOG.log(Level.WARNING, "Refused an inbound message: the queue did not take it", e);
            return Response.status(Status.SERVICE_UNAVAILABLE).header("Retry-After", RETRY_AFTER_SECONDS)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError("unavailable", null, "The message was not accepted; retry later")).build();
        }
        if (changedMeanwhile(failure)) {
            return ApiError.response(Status.CONFLICT, "conflict", null,
                    "Someone else changed the same record at the same moment; nothing was saved. Try again.");
        }
        if (cause instanceof WebApplicationException e) {
            Response original = e.getResponse();
            String message = e.getMessage() != null ? e.getMessage() : original.getStatusInfo().getReasonPhrase();
            return Response.status(original.getStatus()).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(original.getStatusInfo().getReasonPhrase().toLowerCase().replace(' ', '_'), null, message))
                    .build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, failure);
        return ApiError.response(Status.INTERNAL_SERVER_ERROR, "internal_error", null,
                "Unexpected failure; the server log has the details under incident " + incident);
    }

    /** A concurrent change won (another agent's reply or assignment committed first): the transaction rolled back. */
    private static boolean changedMeanwhile(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while (current instanceof EJBException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
