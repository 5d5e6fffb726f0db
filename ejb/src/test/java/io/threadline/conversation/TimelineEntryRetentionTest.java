package io.threadline.conversation;

import io.threadline.csat.CsatRating;
import io.threadline.identity.Customer;
import io.threadline.shared.Channel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TimelineEntryRetentionTest {

    private static final Instant AT = Instant.parse("1995-03-02T10:00:00Z");

    private final Customer customer = new Customer("Sarah Lee", AT);
    private final Conversation conversation = new Conversation(customer, Channel.EMAIL, "My passport", AT, 2);

    private TimelineEntry email() {
        TimelineEntry entry = TimelineEntry.inbound(customer, conversation, new InboundInteraction(Channel.EMAIL, "<m1@example.com>",
                "Sarah Lee <sarah@example.com>", "My passport", "Here it is, Sarah", AT, AT,
                List.of(Attachment.stored("passport-sarah.pdf", "application/pdf", 1234L, 77),
                        Attachment.external("photo.jpg", "image/jpeg", "https://provider.example/photo.jpg"),
                        Attachment.omitted("huge.zip", "application/zip", 99_000_000L, "too large")),
                null, List.of(), "Here it is, Sarah\n-- \nSarah Lee, 1 Main St", "<p>Here it is</p>", null, false));
        entry.readAs("en", 40);
        entry.deriveSearchText();
        return entry;
    }

    @Test
    void anonymizingRemovesTheCustomersWordsAndFilesAndKeepsWhatHappened() {
        TimelineEntry entry = email();
        List<Long> stored = entry.anonymize("Anonymized customer 7", "Removed by retention (run 3)");

        assertEquals(List.of(77L), stored, "the stored file's content is for the store to delete");
        TimelineEntryView view = TimelineEntryView.of(entry);
        assertEquals("Anonymized customer 7", view.author());
        assertEquals("Removed by retention (run 3)", view.text());
        assertNull(view.subject());
        assertNull(view.original());
        assertEquals(3, view.attachments().size(), "the timeline still shows there were three files");
        for (TimelineEntryView.AttachmentView file : view.attachments()) {
            assertNull(file.name(), "a file's name may name the customer");
            assertNull(file.url());
            assertEquals("Removed by retention (run 3)", file.omitted());
        }
        assertEquals("application/pdf", view.attachments().get(0).contentType());
        assertEquals(1234L, view.attachments().get(0).size());
        assertEquals("MESSAGE", view.type());
        assertEquals("EMAIL", view.channel());
        assertEquals("INBOUND", view.direction());
        assertEquals(AT, view.occurredAt());
        assertEquals("en", view.language());
        assertEquals(40, view.urgency());
        assertEquals("<m1@example.com>", view.externalId(), "the provider's idempotency key stays");
    }

    @Test
    void anAgentsReplyKeepsItsAuthor() {
        TimelineEntry reply = TimelineEntry.reply(conversation, Channel.EMAIL, "alice", "Thanks Sarah", AT);
        reply.failed("Mailbox sarah@example.com unknown");
        reply.anonymize("Anonymized customer 7", "Removed");
        assertEquals("alice", reply.getAuthor());
        assertEquals("Removed", reply.getText());
        assertNull(reply.getDeliveryDetail(), "a provider's error may quote the address");
        assertEquals(DeliveryStatus.FAILED, reply.getDeliveryStatus());
    }

    @Test
    void anOldEntryLosesOnlyItsStoredFilesWhichSayWhyTheyAreGone() {
        TimelineEntry entry = email();
        assertEquals(List.of(77L), entry.removeStoredFiles("Deleted by retention (run 4)"));
        List<Attachment> files = entry.getAttachments();
        assertEquals("passport-sarah.pdf", files.get(0).getName());
        assertNull(files.get(0).getContentId());
        assertNull(files.get(0).getUrl());
        assertEquals("Deleted by retention (run 4)", files.get(0).getOmitted());
        assertEquals("https://provider.example/photo.jpg", files.get(1).getUrl(), "the provider's file is not ours to delete");
        assertEquals("too large", files.get(2).getOmitted());
        assertEquals("Here it is, Sarah", entry.getText());
        assertEquals(List.of(), entry.removeStoredFiles("Deleted by retention (run 5)"), "nothing more to delete");
    }

    @Test
    void anAnonymizedConversationKeepsItsFiguresButNotTheWords() {
        conversation.rated(new CsatRating(4, "Sarah says thanks", AT));
        conversation.anonymize();
        assertNull(conversation.getSubject());
        assertEquals(4, conversation.csat().orElseThrow().score());
        assertNull(conversation.csat().orElseThrow().comment());
        assertEquals(AT, conversation.getOpenedAt());
    }
}
