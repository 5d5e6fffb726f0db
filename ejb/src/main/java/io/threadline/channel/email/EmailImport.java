package io.threadline.channel.email;

import io.threadline.channel.InboundGateway;
import io.threadline.channel.InboundMessageReader;
import io.threadline.conversation.AttachmentStore;
import io.threadline.shared.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Turns one received mail into the canonical inbound message and queues it, storing its files, all in one
 * transaction of its own: when {@link #importMail} returns, the message and its files are committed together, and
 * only then may the poller mark the mail on the server. A mail imported twice stores its files once and is
 * recorded once (its Message-ID is the idempotency key).
 */
@Stateless
public class EmailImport {

    static final String INGRESS = "email";
    private static final int MAX_TEXT = 100_000;
    private static final int MAX_ORIGINAL = 1_000_000;
    private static final int MAX_SUBJECT = 500;
    private static final int MAX_NAME = 200;

    @Resource
    private SessionContext context;

    @EJB
    private AttachmentStore attachments;

    @EJB
    private InboundGateway gateway;

    @Inject
    private InboundMessageReader reader;

    /** @throws InvalidInputException when the mail does not make a valid message (nothing is stored then) */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void importMail(ReceivedMail mail) {
        try {
            gateway.submitWithin(reader.read(canonical(mail)), INGRESS);
        } catch (InvalidInputException e) {
            context.setRollbackOnly();
            throw e;
        }
    }

    private String canonical(ReceivedMail mail) {
        JsonObjectBuilder from = Json.createObjectBuilder().add("handle", mail.fromAddress());
        if (mail.fromName() != null && !mail.fromName().isBlank()) {
            from.add("name", cut(mail.fromName().strip(), MAX_NAME));
        }
        String shown = QuotedTextTrimmer.trim(mail.text());
        if (shown.isBlank() && mail.attachments().isEmpty()) {
            shown = mail.subject() != null && !mail.subject().isBlank() ? mail.subject() : "(empty message)";
        }
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("channel", "EMAIL")
                .add("externalId", mail.messageId())
                .add("from", from)
                .add("text", cut(shown, MAX_TEXT))
                .add("attachments", files(mail));
        if (mail.subject() != null && !mail.subject().isBlank()) {
            json.add("subject", cut(mail.subject().strip(), MAX_SUBJECT));
        }
        if (mail.sentAt() != null) {
            json.add("sentAt", mail.sentAt().toString());
        }
        if (mail.inReplyTo() != null) {
            json.add("inReplyTo", mail.inReplyTo());
        }
        if (!mail.references().isEmpty()) {
            json.add("references", Json.createArrayBuilder(mail.references()));
        }
        JsonObjectBuilder original = Json.createObjectBuilder();
        if (!shown.equals(mail.text().strip()) && !mail.text().isBlank()) {
            original.add("text", cut(mail.text(), MAX_ORIGINAL));
        }
        if (mail.html() != null) {
            original.add("html", cut(HtmlText.safeMarkup(mail.html()), MAX_ORIGINAL));
        }
        JsonObject kept = original.build();
        if (!kept.isEmpty()) {
            json.add("original", kept);
        }
        return json.build().toString();
    }

    private JsonArrayBuilder files(ReceivedMail mail) {
        JsonArrayBuilder files = Json.createArrayBuilder();
        for (int i = 0; i < mail.attachments().size(); i++) {
            ReceivedMail.File file = mail.attachments().get(i);
            JsonObjectBuilder json = Json.createObjectBuilder().add("name", file.name()).add("contentType", file.contentType());
            if (file.content() != null) {
                long id = attachments.store("EMAIL " + mail.messageId(), i, file.name(), file.contentType(), file.content()).getId();
                json.add("contentId", id).add("size", file.content().length);
            } else {
                json.add("omitted", file.omitted());
            }
            files.add(json);
        }
        return files;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
