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
 * {@code references} are earlier messages of the thread, oldest first (email's References header);
 * {@code original} is the message as the customer wrote it when {@code text} shows less (quotes trimmed).
 */
public record InboundMessage(Channel channel, String externalId, String fromHandle, String fromName, IdentityKey sender,
                             String subject, String text, Instant sentAt, List<Link> attachments, String inReplyTo,
                             List<String> references, Original original, CallDetails call) {

    /**
     * An attachment: kept by the channel at {@code url}, or stored in Threadline as {@code contentId}, or
     * {@code omitted} with the reason (too large), its name, type and size still known.
     */
    public record Link(String name, String contentType, String url, Long contentId, Long size, String omitted) {

        public static Link external(String name, String contentType, String url) {
            return new Link(name, contentType, url, null, null, null);
        }

        Attachment toAttachment() {
            if (contentId != null) {
                return Attachment.stored(name, contentType, size, contentId);
            }
            return omitted != null ? Attachment.omitted(name, contentType, size, omitted) : Attachment.external(name, contentType, url);
        }
    }

    /** The whole text as received, and the HTML body reduced to safe markup. */
    public record Original(String text, String html) {
    }

    public InboundInteraction toInteraction(Instant receivedAt) {
        return new InboundInteraction(channel, externalId, fromName != null ? fromName : fromHandle, subject, text,
                sentAt != null ? sentAt : receivedAt, receivedAt,
                attachments.stream().map(Link::toAttachment).toList(), inReplyTo, references,
                original == null ? null : original.text(), original == null ? null : original.html(), call);
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
            JsonObjectBuilder a = Json.createObjectBuilder();
            addIfPresent(a, "url", link.url());
            addIfPresent(a, "name", link.name());
            addIfPresent(a, "contentType", link.contentType());
            if (link.contentId() != null) {
                a.add("contentId", link.contentId());
            }
            if (link.size() != null) {
                a.add("size", link.size());
            }
            addIfPresent(a, "omitted", link.omitted());
            links.add(a);
        }
        json.add("attachments", links);
        if (inReplyTo != null) {
            json.add("inReplyTo", inReplyTo);
        }
        if (!references.isEmpty()) {
            json.add("references", Json.createArrayBuilder(references));
        }
        if (original != null) {
            JsonObjectBuilder o = Json.createObjectBuilder();
            addIfPresent(o, "text", original.text());
            addIfPresent(o, "html", original.html());
            json.add("original", o);
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

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
