package io.threadline.web.api;

import io.threadline.channel.InboundGateway;
import io.threadline.channel.InboundMessage;
import io.threadline.channel.InboundMessageReader;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The generic API channel: accepts one canonical inbound message, validates it, and answers 202 once it
 * is safely on the inbound queue. Invalid input gets 400 naming the field and is not queued.
 */
@Path("/messages")
@RolesAllowed({Roles.INTEGRATION, Roles.ADMIN})
public class MessagesResource {

    @Inject
    InboundMessageReader reader;

    @EJB
    InboundGateway gateway;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response submit(String body) {
        InboundMessage message = reader.read(body);
        gateway.submit(message, "api");
        return Accepted.response(message);
    }
}
