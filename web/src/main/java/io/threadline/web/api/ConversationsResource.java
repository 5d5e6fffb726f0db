package io.threadline.web.api;

import io.threadline.conversation.ConversationView;
import io.threadline.conversation.TimelineQueries;
import io.threadline.channel.chat.TypingIndicators;
import io.threadline.channel.outbound.ReplyService;
import io.threadline.conversation.TimelineEntry;
import io.threadline.shared.Channel;
import io.threadline.shared.InvalidInputException;
import io.threadline.shared.NotFoundException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A conversation's status, priority, queue, assignee, tags and SLA due times; agents' replies and typing. */
@Path("/conversations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class ConversationsResource {

    @EJB
    TimelineQueries timelines;

    @EJB
    ReplyService replies;

    @EJB
    TypingIndicators typing;

    /** A reply queued for delivery: its timeline entry, PENDING until the channel's connector reports. */
    public record QueuedReply(long entryId, String channel, String deliveryStatus) {
    }

    /** An agent's typing indicator, shown on the open sockets of the conversation's chat visitor. */
    public record TypingShown(long conversationId, int socketsReached) {
    }

    @GET
    @Path("/{id}")
    public ConversationView conversation(@PathParam("id") long id) {
        return timelines.conversation(id).orElseThrow(() -> new NotFoundException("Conversation", id));
    }

    /**
     * An agent's reply to the customer, body {@code {"channel": "SMS", "text": "...", "seenUpTo": 231}} ({@code seenUpTo}
     * optional: 409 if the customer wrote or another agent replied after that entry); answered 202 once queued.
     */
    @POST
    @Path("/{id}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Response reply(@PathParam("id") long id, JsonObject body, @Context SecurityContext security) {
        if (body == null) {
            throw new InvalidInputException("body", "must be a JSON object with channel and text");
        }
        Channel channel = Channel.parse("channel", body.containsKey("channel") && body.get("channel") instanceof JsonString c ? c.getString() : null);
        String text = body.get("text") instanceof JsonString t ? t.getString() : null;
        return queued(replies.reply(id, channel, text, security.getUserPrincipal().getName(), seenUpTo(body)));
    }

    private static Long seenUpTo(JsonObject body) {
        JsonValue seen = body.get("seenUpTo");
        if (seen == null || seen.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (seen instanceof JsonNumber number && number.isIntegral()) {
            return number.longValue();
        }
        throw new InvalidInputException("seenUpTo", "must be the id (a whole number) of the newest timeline entry you have seen");
    }

    /** Sends a FAILED reply again; 409 for a reply in any other state. */
    @POST
    @Path("/{id}/replies/{entryId}/retry")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Response retry(@PathParam("id") long id, @PathParam("entryId") long entryId) {
        return queued(replies.retry(id, entryId));
    }

    private static Response queued(TimelineEntry entry) {
        return Response.accepted(new QueuedReply(entry.getId(), entry.getChannel().name(),
                entry.getDeliveryStatus().name())).build();
    }

    /** The agent is typing in the conversation: the chat visitor sees it now; answered 202 with the sockets reached. */
    @POST
    @Path("/{id}/typing")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Response typing(@PathParam("id") long id, @Context SecurityContext security) {
        int reached = typing.agentTyping(id, security.getUserPrincipal().getName());
        return Response.accepted(new TypingShown(id, reached)).build();
    }
}
