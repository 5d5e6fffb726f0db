package io.threadline.channel.email;

import io.threadline.channel.outbound.ChannelConnector;
import io.threadline.channel.outbound.DeliveryResult;
import io.threadline.channel.outbound.NotDelivered;
import io.threadline.channel.outbound.OutgoingReply;
import io.threadline.channel.outbound.ProviderRejectedException;
import io.threadline.channel.outbound.ProviderUnavailableException;
import io.threadline.channel.outbound.Reconciliation;
import io.threadline.conversation.AttachmentStore;
import io.threadline.shared.Channel;
import io.threadline.shared.ServerSecrets;
import jakarta.activation.DataHandler;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Sends email replies through the configured SMTP server ({@code crm.channels.email.smtp.*}). A reply answers the
 * conversation's latest mail ({@code In-Reply-To}) and carries the thread ({@code References}) and the subject
 * {@code Re: <conversation subject>}, so the customer's mail client shows it in the same thread; its own
 * Message-ID, the same at every attempt ({@link #messageIdOf}), becomes the entry's external id, so the customer's
 * answer threads back. A refusal
 * (5xx, failed login) is final; an outage (no connection, timeout, 4xx) is retried with backoff, and repeated
 * outages open the circuit so that replies fail fast until the server answers again.
 */
@ApplicationScoped
public class SmtpConnector implements ChannelConnector {

    private static final String MESSAGE_ID_SECRET = "email-message-ids";

    /** Longest References header kept: the thread's first message and its latest ones (RFC 5322 section 3.6.4). */
    private static final int MAX_REFERENCES = 20;

    @Inject
    EmailSettings settings;

    @EJB
    AttachmentStore files;

    @Inject
    ServerSecrets secrets;

    @Override
    public boolean delivers(Channel channel) {
        return channel == Channel.EMAIL && settings.smtpConfigured();
    }

    @Override
    @Timeout(60_000)
    @Retry(maxRetries = 2, delay = 1000, jitter = 500, retryOn = ProviderUnavailableException.class,
            abortOn = ProviderRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 30_000,
            skipOn = ProviderRejectedException.class)
    @Fallback(NotDelivered.class)
    public DeliveryResult deliver(OutgoingReply reply) {
        SmtpServer server;
        try {
            server = settings.smtp().orElseThrow(() -> new ProviderRejectedException(
                    "The email channel is not configured for replies (crm.channels.email.smtp.host)"));
        } catch (IllegalArgumentException e) {
            throw new ProviderRejectedException("The email channel's SMTP settings are wrong: " + e.getMessage());
        }
        Session session = MailSessions.smtp(server, settings.connectTimeout(), settings.readTimeout());
        String messageId = messageIdOf(reply.entryId(), deploymentTag(), domainOf(server.from()));
        try (Transport transport = session.getTransport(MailSessions.smtpProtocol(server))) {
            MimeMessage mail = compose(session, server.from(), reply, messageId, this::contentOf);
            transport.connect(server.host(), server.port(), server.user(), server.password());
            transport.sendMessage(mail, mail.getAllRecipients());
        } catch (AuthenticationFailedException e) {
            throw new ProviderRejectedException("The SMTP server " + server.host() + ":" + server.port()
                    + " refused the login of user '" + server.user() + "'");
        } catch (MessagingException e) {
            throw SmtpFailure.of(server.host() + ":" + server.port(), e);
        }
        return DeliveryResult.sent(messageId);
    }

    @Override
    public Optional<String> refusesFiles(Channel channel) {
        return Optional.empty();
    }

    /** Sent again with the same Message-ID, a mail the server may have taken is the same mail to the customer's mailbox. */
    @Override
    public Reconciliation reconcile(OutgoingReply reply, Instant attemptedAt) {
        return Reconciliation.sendAgain();
    }

    /**
     * The reply's Message-ID: the same at every attempt to send it, retries and "send again" alike, so that a mail
     * the server accepted while the answer got lost, sent again, is recognised by the customer's mail system as the
     * same mail. The deployment's tag keeps two deployments' reply ids apart.
     */
    static String messageIdOf(long entryId, String deploymentTag, String domain) {
        return "<reply-" + entryId + "." + deploymentTag + "@" + domain + ">";
    }

    /** Eight hex digits made once per deployment and kept with its secrets. */
    private String deploymentTag() {
        return HexFormat.of().formatHex(secrets.named(MESSAGE_ID_SECRET), 0, 4);
    }

    private byte[] contentOf(long contentId) {
        return files.find(contentId).orElseThrow(() -> new ProviderRejectedException(
                "The file " + contentId + " of this reply is no longer stored")).content();
    }

    /**
     * The mail: the reply's text, and each of its files as a MIME part of its own ({@code contentOf} reads a file's
     * stored bytes).
     */
    static MimeMessage compose(Session session, InternetAddress from, OutgoingReply reply, String messageId,
                               LongFunction<byte[]> contentOf) throws MessagingException {
        MimeMessage mail = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        mail.setFrom(from);
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(reply.to()));
        mail.setSubject(subject(reply), "UTF-8");
        mail.setSentDate(new Date());
        if (!reply.thread().isEmpty()) {
            mail.setHeader("In-Reply-To", reply.thread().get(reply.thread().size() - 1));
            mail.setHeader("References", MimeUtility.fold("References: ".length(), String.join(" ", references(reply.thread()))));
        }
        if (reply.files().isEmpty()) {
            mail.setText(reply.text(), "UTF-8");
        } else {
            MimeMultipart parts = new MimeMultipart("mixed");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(reply.text(), "UTF-8");
            parts.addBodyPart(text);
            for (OutgoingReply.OutgoingFile file : reply.files()) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(contentOf.apply(file.contentId()), file.contentType())));
                part.setFileName(file.name());
                part.setDisposition(MimeBodyPart.ATTACHMENT);
                parts.addBodyPart(part);
            }
            mail.setContent(parts);
        }
        mail.saveChanges();
        return mail;
    }

    static String subject(OutgoingReply reply) {
        String subject = reply.subject() == null || reply.subject().isBlank() ? null : reply.subject().strip();
        if (subject == null) {
            return "Re: your conversation #" + reply.conversationId();
        }
        return subject.toLowerCase(Locale.ROOT).startsWith("re:") ? subject : "Re: " + subject;
    }

    private static List<String> references(List<String> thread) {
        if (thread.size() <= MAX_REFERENCES) {
            return thread;
        }
        List<String> kept = new ArrayList<>();
        kept.add(thread.get(0));
        kept.addAll(thread.subList(thread.size() - MAX_REFERENCES + 1, thread.size()));
        return kept;
    }

    private static String domainOf(InternetAddress address) {
        String email = address.getAddress();
        return email.substring(email.indexOf('@') + 1);
    }
}
