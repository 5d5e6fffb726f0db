package io.threadline.web.api.channels;

import io.threadline.channel.InboundGateway;
import io.threadline.channel.InboundMessage;
import io.threadline.channel.calls.CallEventReader;
import io.threadline.web.api.Accepted;
import io.threadline.web.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Call events from the telephony system: each queued, all events of one call filling one timeline entry. */
@Path("/channels/calls")
@RolesAllowed({Roles.INTEGRATION, Roles.ADMIN})
public class CallsResource {

    @Inject
    CallEventReader calls;

    @EJB
    InboundGateway gateway;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response event(String body) {
        InboundMessage message = calls.read(body);
        gateway.submit(message, "calls");
        return Accepted.response(message);
    }
}
