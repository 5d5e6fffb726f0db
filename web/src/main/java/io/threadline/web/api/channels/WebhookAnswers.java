package io.threadline.web.api.channels;

import io.threadline.web.api.ApiError;
import jakarta.ws.rs.core.Response;

/** The answers every provider webhook gives when it cannot take a request. */
final class WebhookAnswers {

    private WebhookAnswers() {
    }

    static Response notConfigured(String channel, String key) {
        return ApiError.response(Response.Status.SERVICE_UNAVAILABLE, "not_configured", null,
                "The " + channel + " channel is not configured (" + key + ")");
    }

    /** Deliberately the same whatever was wrong, so a forger learns nothing about which part failed. */
    static Response signatureFailed() {
        return ApiError.response(Response.Status.FORBIDDEN, "forbidden", null, "Request signature verification failed");
    }
}
