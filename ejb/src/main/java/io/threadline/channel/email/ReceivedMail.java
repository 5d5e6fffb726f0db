package io.threadline.channel.email;

import java.time.Instant;
import java.util.List;

/**
 * What Threadline takes from one mail: its ids and thread, sender, subject, the plain text (or the text of the
 * HTML body), the HTML body as received, and the attachments within the size limits.
 */
public record ReceivedMail(String messageId, String fromAddress, String fromName, String subject, Instant sentAt,
                    String inReplyTo, List<String> references, String text, String html, List<File> attachments) {

    /** An attached file: its content, or null with the reason it was not kept. */
    public record File(String name, String contentType, byte[] content, String omitted) {
    }
}
