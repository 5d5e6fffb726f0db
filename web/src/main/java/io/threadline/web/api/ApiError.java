package io.threadline.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The JSON body of every error answer: a code, the field at fault when there is one, and a readable message. */
public record ApiError(String error, String field, String message) {

    public static Response response(Response.Status status, String error, String field, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(error, field, message)).build();
    }
}
