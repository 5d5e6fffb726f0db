package io.threadline.web.api;

import io.threadline.channel.InboundMessage;
import jakarta.ws.rs.core.Response;

/** The 202 answer of every ingress that queued an inbound message. */
public record Accepted(String status, String channel, String externalId) {

    public static Response response(InboundMessage queued) {
        return Response.accepted(new Accepted("accepted", queued.channel().name(), queued.externalId())).build();
    }
}
