package io.threadline.web.api;

import io.threadline.routing.Assignments;
import io.threadline.collaboration.ConversationMerge;
import io.threadline.collaboration.Notes;
import io.threadline.collaboration.StatusChanges;
import io.threadline.collaboration.Tagging;
import io.threadline.conversation.ConversationStatus;
import io.threadline.conversation.ConversationView;
import io.threadline.conversation.TimelineEntryView;
import io.threadline.conversation.TimelineQueries;
import io.threadline.channel.chat.TypingIndicators;
import io.threadline.composer.Drafts;
import io.threadline.channel.outbound.NewReply;
import io.threadline.channel.outbound.ReplyService;
import io.threadline.channel.outbound.ScheduledReplies;
import io.threadline.conversation.TimelineEntry;
import io.threadline.shared.Channel;
import io.threadline.shared.InvalidInputException;
import io.threadline.shared.NotFoundException;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * A conversation's status, priority, queue, assignee, tags and SLA due times; agents' replies and typing; the
 * teamwork actions (take next, assign, escalate, status, notes, tags, merging two conversations).
 */
@Path("/conversations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION, Roles.VIEWER})
public class ConversationsResource {

    @EJB
    TimelineQueries timelines;

    @EJB
    ReplyService replies;

    @EJB
    ScheduledReplies scheduled;

    @EJB
    TypingIndicators typing;

    @EJB
    Drafts drafts;

    @EJB
    Assignments assignments;

    @EJB
    StatusChanges statuses;

    @EJB
    Notes notes;

    @EJB
    Tagging tagging;

    @EJB
    ConversationMerge merges;

    /**
     * A reply queued for delivery: its timeline entry, PENDING until the channel's connector reports; or SCHEDULED
     * with {@code sendAt} (CANCELLED once cancelled).
     */
    public record QueuedReply(long entryId, String channel, String deliveryStatus, Instant sendAt) {
    }

    /** A note on the timeline and the teammates its @mentions notified. */
    public record NoteAdded(TimelineEntryView note, List<String> notified) {
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
     * An agent's reply to the customer, body {@code {"channel": "SMS", "text": "...", "seenUpTo": 231,
     * "sendAt": "2026-11-25T09:00:00Z", "attachments": [4051]}} ({@code seenUpTo} optional: 409 if the customer wrote
     * or another agent replied after that entry; {@code sendAt} optional: the reply waits SCHEDULED until then;
     * {@code attachments} optional: ids of files uploaded with {@code POST /api/v1/attachments}); answered 202 once
     * queued or scheduled.
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
        NewReply reply = new NewReply(channel, text, attachmentIds(body), seenUpTo(body), sendAt(body));
        return queued(replies.reply(id, reply, security.getUserPrincipal().getName()));
    }

    private static Instant sendAt(JsonObject body) {
        String sendAt = JsonFields.text(body, "sendAt");
        try {
            return sendAt == null ? null : Instant.parse(sendAt.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("sendAt", "must be an ISO-8601 UTC time such as 2026-11-25T09:00:00Z");
        }
    }

    private static List<Long> attachmentIds(JsonObject body) {
        JsonValue value = body.get("attachments");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value instanceof JsonArray ids && ids.stream().allMatch(v -> v instanceof JsonNumber n && n.isIntegral())) {
            return ids.getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue).toList();
        }
        throw new InvalidInputException("attachments", "must be a list of attachment ids from POST /api/v1/attachments");
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

    /**
     * Cancels a scheduled reply before it goes (its author, a supervisor or an admin; else 403); 409 once it went or
     * was cancelled.
     */
    @POST
    @Path("/{id}/replies/{entryId}/cancel")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public QueuedReply cancel(@PathParam("id") long id, @PathParam("entryId") long entryId, @Context SecurityContext security) {
        return view(scheduled.cancel(id, entryId, Actors.of(security)));
    }

    /** Sends a FAILED reply again; 409 for a reply in any other state. */
    @POST
    @Path("/{id}/replies/{entryId}/retry")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Response retry(@PathParam("id") long id, @PathParam("entryId") long entryId) {
        return queued(replies.retry(id, entryId));
    }

    /** The caller's own draft of a reply in the conversation (nobody else's, whatever their role); 404 when none. */
    @GET
    @Path("/{id}/draft")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Drafts.Draft draft(@PathParam("id") long id, @Context SecurityContext security) {
        return drafts.of(id, security.getUserPrincipal().getName())
                .orElseThrow(() -> new NotFoundException("Your draft of conversation", id));
    }

    /** Keeps the caller's draft, body {@code {"text": "...", "channel": "EMAIL"}} ({@code channel} optional); 204. */
    @PUT
    @Path("/{id}/draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Response saveDraft(@PathParam("id") long id, JsonObject body, @Context SecurityContext security) {
        JsonObject fields = JsonFields.required(body, "text and optionally channel");
        String channel = JsonFields.text(fields, "channel");
        drafts.save(id, security.getUserPrincipal().getName(), JsonFields.text(fields, "text"),
                channel == null ? null : Channel.parse("channel", channel));
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{id}/draft")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Response discardDraft(@PathParam("id") long id, @Context SecurityContext security) {
        drafts.discard(id, security.getUserPrincipal().getName());
        return Response.noContent().build();
    }

    /**
     * Takes the most urgent unassigned open conversation of a queue (body {@code {"queue": "billing"}}, optional,
     * default the default queue) and assigns it to the caller; 404 when none waits.
     */
    @POST
    @Path("/next")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public ConversationView takeNext(JsonObject body, @Context SecurityContext security) {
        String queue = body == null ? null : JsonFields.text(body, "queue");
        return ConversationView.of(assignments.takeNext(queue, Actors.of(security)));
    }

    /** Body {@code {"assignee": "bob", "reason": "..."}}: agents may assign only to themselves (else 403). */
    @POST
    @Path("/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public ConversationView assign(@PathParam("id") long id, JsonObject body, @Context SecurityContext security) {
        JsonObject fields = JsonFields.required(body, "assignee and an optional reason");
        return ConversationView.of(assignments.assign(id, JsonFields.text(fields, "assignee"),
                JsonFields.text(fields, "reason"), Actors.of(security)));
    }

    /** Body {@code {"team": "billing", "reason": "..."}}: the conversation waits unassigned in the team's queue. */
    @POST
    @Path("/{id}/escalate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public ConversationView escalate(@PathParam("id") long id, JsonObject body, @Context SecurityContext security) {
        JsonObject fields = JsonFields.required(body, "team and reason");
        return ConversationView.of(assignments.escalate(id, JsonFields.text(fields, "team"),
                JsonFields.text(fields, "reason"), Actors.of(security)));
    }

    /** Body {@code {"status": "SNOOZED", "until": "2026-11-25T09:00:00Z"}}; {@code until} only for SNOOZED. */
    @PUT
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public ConversationView status(@PathParam("id") long id, JsonObject body, @Context SecurityContext security) {
        JsonObject fields = JsonFields.required(body, "status (OPEN, PENDING, SNOOZED, RESOLVED) and, to snooze, until");
        String status = JsonFields.text(fields, "status");
        ConversationStatus parsed = Arrays.stream(ConversationStatus.values())
                .filter(s -> s.name().equalsIgnoreCase(status == null ? "" : status.strip())).findFirst()
                .orElseThrow(() -> new InvalidInputException("status", "is required, one of "
                        + Arrays.toString(ConversationStatus.values())));
        String until = JsonFields.text(fields, "until");
        Instant snoozedUntil;
        try {
            snoozedUntil = until == null ? null : Instant.parse(until.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("until", "must be an ISO-8601 UTC time such as 2026-11-25T09:00:00Z");
        }
        return ConversationView.of(statuses.change(id, parsed, snoozedUntil, Actors.of(security)));
    }

    /** An internal note, body {@code {"text": "@bob can you check the refund?"}}; 201 with the entry and who was notified. */
    @POST
    @Path("/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Response note(@PathParam("id") long id, JsonObject body, @Context SecurityContext security) {
        Notes.Added added = notes.add(id, JsonFields.text(JsonFields.required(body, "text"), "text"), Actors.of(security));
        return Response.status(Response.Status.CREATED)
                .entity(new NoteAdded(TimelineEntryView.of(added.note()), added.notified())).build();
    }

    @PUT
    @Path("/{id}/tags/{tag}")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public ConversationView tag(@PathParam("id") long id, @PathParam("tag") String tag, @Context SecurityContext security) {
        return ConversationView.of(tagging.add(id, tag, Actors.of(security)));
    }

    @DELETE
    @Path("/{id}/tags/{tag}")
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public ConversationView untag(@PathParam("id") long id, @PathParam("tag") String tag, @Context SecurityContext security) {
        return ConversationView.of(tagging.remove(id, tag, Actors.of(security)));
    }

    /** The conversations this one can be merged into, and with {@code ?into=151} what that merge would move; nothing changes. */
    public record MergeOptions(List<ConversationMerge.Candidate> candidates, ConversationMerge.Preview preview) {
    }

    @GET
    @Path("/{id}/merge")
    public MergeOptions mergeOptions(@PathParam("id") long id, @QueryParam("into") String into) {
        List<ConversationMerge.Candidate> candidates = merges.candidates(id);
        if (into == null || into.isBlank()) {
            return new MergeOptions(candidates, null);
        }
        try {
            return new MergeOptions(candidates, merges.preview(id, Long.valueOf(into.strip())));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("into", "must be the id (a whole number) of the conversation to merge into");
        }
    }

    /**
     * Merges the conversation into another one of the same customer, body {@code {"into": 151}}; answers the
     * conversation merged into. 409 for two customers' conversations or one merged already, 404 for a missing one.
     */
    @POST
    @Path("/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public ConversationView merge(@PathParam("id") long id, JsonObject body, @Context SecurityContext security) {
        JsonValue into = JsonFields.required(body, "into, the id of the conversation to merge into").get("into");
        if (into != null && into != JsonValue.NULL && !(into instanceof JsonNumber number && number.isIntegral())) {
            throw new InvalidInputException("into", "must be the id (a whole number) of the conversation to merge into");
        }
        Long target = into instanceof JsonNumber number ? number.longValue() : null;
        return ConversationView.of(merges.merge(id, target, Actors.of(security)));
    }

    private static Response queued(TimelineEntry entry) {
        return Response.accepted(view(entry)).build();
    }

    private static QueuedReply view(TimelineEntry entry) {
        return new QueuedReply(entry.getId(), entry.getChannel().name(), entry.getDeliveryStatus().name(),
                entry.getScheduledFor());
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
