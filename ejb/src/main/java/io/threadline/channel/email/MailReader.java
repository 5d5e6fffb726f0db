package io.threadline.channel.email;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one mail into a {@link ReceivedMail}: ids and thread headers, sender, subject, the text (text/plain
 * preferred, else the HTML reduced to text), the HTML, and the attachments, each kept only within
 * {@code maxAttachmentBytes} and all of them within {@code maxMessageBytes}; a file over a limit stays named
 * with the reason. A mail without a Message-ID gets one derived from its sender, date, subject and text, so
 * reading it again gives the same id.
 */
final class MailReader {

    static final int MAX_ID = 255;
    private static final int MAX_REFERENCES = 100;
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");

    private final long maxAttachmentBytes;
    private final long maxMessageBytes;

    MailReader(long maxAttachmentBytes, long maxMessageBytes) {
        this.maxAttachmentBytes = maxAttachmentBytes;
        this.maxMessageBytes = maxMessageBytes;
    }

    ReceivedMail read(MimeMessage message) throws UnreadableMailException {
        try {
            InternetAddress from = sender(message);
            Body body = new Body();
            collect(message, body);
            String text = body.text.isEmpty() ? (body.html.isEmpty() ? "" : HtmlText.toText(body.html.toString()))
                    : body.text.toString();
            String subject = message.getSubject();
            String date = message.getHeader("Date", null);
            String messageId = firstId(message.getMessageID());
            if (messageId == null) {
                messageId = derivedId(from.getAddress(), date, subject, text);
            }
            List<String> references = ids(message.getHeader("References", " "));
            if (references.size() > MAX_REFERENCES) {
                references = references.subList(references.size() - MAX_REFERENCES, references.size());
            }
            Instant sentAt = message.getSentDate() != null ? message.getSentDate().toInstant()
                    : message.getReceivedDate() != null ? message.getReceivedDate().toInstant() : null;
            return new ReceivedMail(messageId, from.getAddress(), from.getPersonal(), subject, sentAt,
                    firstId(message.getHeader("In-Reply-To", " ")), List.copyOf(references), text,
                    body.html.isEmpty() ? null : body.html.toString(), List.copyOf(body.files));
        } catch (MessagingException | IOException e) {
            throw new UnreadableMailException("the mail's structure cannot be read: " + e.getMessage(), e);
        }
    }

    private static InternetAddress sender(MimeMessage message) throws MessagingException, UnreadableMailException {
        Address[] from;
        try {
            from = message.getFrom();
        } catch (AddressException e) {
            throw new UnreadableMailException("From: '" + message.getHeader("From", ",") + "' is not an email address", e);
        }
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address) || address.getAddress() == null) {
            throw new UnreadableMailException("From: the mail names no sender");
        }
        return address;
    }

    private static final class Body {
        final StringBuilder text = new StringBuilder();
        final StringBuilder html = new StringBuilder();
        final List<ReceivedMail.File> files = new ArrayList<>();
        long keptBytes;
    }

    private void collect(Part part, Body body) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                collect(parts.getBodyPart(i), body);
            }
            return;
        }
        String fileName = fileName(part);
        boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName != null;
        if (!attached && part.isMimeType("text/plain")) {
            append(body.text, text(part));
        } else if (!attached && part.isMimeType("text/html")) {
            append(body.html, text(part));
        } else {
            body.files.add(file(part, fileName, body));
        }
    }

    private ReceivedMail.File file(Part part, String fileName, Body body) throws MessagingException, IOException {
        String type = baseType(part);
        String name = fileName != null ? fileName
                : "part-" + (body.files.size() + 1) + (type.equals("message/rfc822") ? ".eml" : "");
        long budget = Math.min(maxAttachmentBytes, maxMessageBytes - body.keptBytes);
        byte[] content;
        try (InputStream in = part.getInputStream()) {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, Math.max(0, budget) + 1));
        }
        if (content.length <= budget) {
            body.keptBytes += content.length;
            return new ReceivedMail.File(name, type, content, null);
        }
        String reason = content.length > maxAttachmentBytes
                ? "larger than the limit of " + maxAttachmentBytes + " bytes per attachment"
                : "the mail's attachments exceed the limit of " + maxMessageBytes + " bytes per mail";
        return new ReceivedMail.File(name, type, null, reason);
    }

    private static String text(Part part) throws MessagingException, IOException {
        try {
            Object content = part.getContent();
            if (content instanceof String s) {
                return s;
            }
        } catch (UnsupportedEncodingException e) {
            // An unknown charset: read the bytes as UTF-8 rather than lose the text.
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Appends a text part, with the line breaks of MIME's CRLF made plain newlines. */
    private static void append(StringBuilder into, String text) {
        if (!into.isEmpty()) {
            into.append("\n\n");
        }
        into.append(text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    private static String fileName(Part part) throws MessagingException {
        String name;
        try {
            name = part.getFileName();
        } catch (ParseException e) {
            return null;
        }
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            name = MimeUtility.decodeText(name);
        } catch (UnsupportedEncodingException e) {
            // keep the name as written
        }
        name = name.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static String baseType(Part part) throws MessagingException {
        try {
            String type = new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
            return type.length() > 100 ? "application/octet-stream" : type;
        } catch (ParseException | NullPointerException e) {
            return "application/octet-stream";
        }
    }

    static String firstId(String header) {
        List<String> ids = ids(header);
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** The message ids in a Message-ID, In-Reply-To or References header, in order; over-long ones left out. */
    static List<String> ids(String header) {
        if (header == null) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        Matcher m = MESSAGE_ID.matcher(MimeUtility.unfold(header));
        while (m.find()) {
            if (m.group().length() <= MAX_ID) {
                ids.add(m.group());
            }
        }
        return ids;
    }

    static String derivedId(String from, String date, String subject, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[]{from, date, subject, text}) {
                sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return "<" + HexFormat.of().formatHex(sha.digest(), 0, 20) + "@derived.threadline>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
