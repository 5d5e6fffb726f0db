package io.threadline.channel;

import io.threadline.conversation.Attachment;
import io.threadline.conversation.CallDetails;
import io.threadline.conversation.InboundInteraction;
import io.threadline.identity.IdentityKey;
import io.threadline.shared.Channel;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.time.Instant;
import java.util.List;

/**
 * The canonical inbound message every ingress path produces (see docs/api.md). It is only built by
 * {@link InboundMessageReader}, so an instance is always valid; {@code sender} is the normalized identity
 * behind {@code fromHandle}. {@code call} (PHONE only) carries what a call event tells about the call.
 */
public record InboundMessage(Channel channel, String externalId, String fromHandle, String fromName, IdentityKey sender,
                             String subject, String text, Instant sentAt, List<Link> attachments, String inReplyTo,
                             CallDetails call) {

    /** An attachment kept by the channel, referenced by URL. */
    public record Link(String name, String contentType, String url) {
    }

    public InboundInteraction toInteraction(Instant receivedAt) {
        return new InboundInteraction(channel, externalId, fromName != null ? fromName : fromHandle, subject, text,
                sentAt != null ? sentAt : receivedAt, receivedAt,
                attachments.stream().map(a -> new Attachment(a.name(), a.contentType(), a.url())).toList(), inReplyTo, call);
    }

    public String toJson() {
        JsonObjectBuilder from = Json.createObjectBuilder().add("handle", fromHandle);
        if (fromName != null) {
            from.add("name", fromName);
        }
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("channel", channel.name())
                .add("externalId", externalId)
                .add("from", from);
        if (subject != null) {
            json.add("subject", subject);
        }
        json.add("text", text);
        if (sentAt != null) {
            json.add("sentAt", sentAt.toString());
        }
        JsonArrayBuilder links = Json.createArrayBuilder();
        for (Link link : attachments) {
            JsonObjectBuilder a = Json.createObjectBuilder().add("url", link.url());
            if (link.name() != null) {
                a.add("name", link.name());
            }
            if (link.contentType() != null) {
                a.add("contentType", link.contentType());
            }
            links.add(a);
        }
        json.add("attachments", links);
        if (inReplyTo != null) {
            json.add("inReplyTo", inReplyTo);
        }
        if (call != null) {
            JsonObjectBuilder details = Json.createObjectBuilder();
            if (call.status() != null) {
                details.add("status", call.status().name());
            }
            if (call.direction() != null) {
                details.add("direction", call.direction().name());
            }
            if (call.durationSeconds() != null) {
                details.add("durationSeconds", call.durationSeconds());
            }
            if (call.recordingUrl() != null) {
                details.add("recordingUrl", call.recordingUrl());
            }
            json.add("call", details);
        }
        return json.build().toString();
    }
}
