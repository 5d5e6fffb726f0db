package io.threadline.channel.email;

import io.threadline.channel.outbound.OutgoingReply;
import io.threadline.shared.Channel;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SmtpConnectorTest {

    @Test
    void aReplyAnswersTheLatestMailAndCarriesTheThreadAndSubject() throws Exception {
        OutgoingReply reply = new OutgoingReply(7, 3, Channel.EMAIL, "nora@example.com", "Your parcel is on its way.", "alice",
                "Parcel not delivered", List.of("<a@mail.example.com>", "<b@acme.example>", "<c@mail.example.com>"), null);
        MimeMessage mail = SmtpConnector.compose(Session.getInstance(new Properties()),
                new InternetAddress("Acme Support <support@acme.example>"), reply, "<id-7@acme.example>", id -> new byte[0]);

        assertEquals("<id-7@acme.example>", mail.getMessageID());
        assertEquals("<c@mail.example.com>", mail.getHeader("In-Reply-To", null));
        assertEquals("<a@mail.example.com> <b@acme.example> <c@mail.example.com>",
                mail.getHeader("References", null).replaceAll("\\s+", " "));
        assertEquals("Re: Parcel not delivered", mail.getSubject());
        assertEquals("nora@example.com", mail.getAllRecipients()[0].toString());
        assertEquals("Acme Support <support@acme.example>", mail.getFrom()[0].toString());
        assertEquals("Your parcel is on its way.", mail.getContent());
    }

    @Test
    void aFirstReplyHasNoThreadHeadersAndSubjectsAreNotRepeated() throws Exception {
        OutgoingReply reply = new OutgoingReply(8, 4, Channel.EMAIL, "nora@example.com", "Hello", "alice", "RE: Invoice", List.of(), null);
        MimeMessage mail = SmtpConnector.compose(Session.getInstance(new Properties()),
                new InternetAddress("support@acme.example"), reply, "<id-8@acme.example>", id -> new byte[0]);
        assertNull(mail.getHeader("In-Reply-To"));
        assertNull(mail.getHeader("References"));
        assertEquals("RE: Invoice", mail.getSubject());
        assertEquals("Re: your conversation #4", SmtpConnector.subject(
                new OutgoingReply(8, 4, Channel.EMAIL, "n@example.com", "Hi", "alice", null, List.of(), null)));
    }

    @Test
    void aReplyHasTheSameMessageIdAtEveryAttemptAndNoOtherReplyHasIt() {
        assertEquals("<reply-42.0a1b2c3d@example.com>", SmtpConnector.messageIdOf(42, "0a1b2c3d", "example.com"));
        assertEquals(SmtpConnector.messageIdOf(42, "0a1b2c3d", "example.com"), SmtpConnector.messageIdOf(42, "0a1b2c3d", "example.com"));
        assertNotEquals(SmtpConnector.messageIdOf(42, "0a1b2c3d", "example.com"), SmtpConnector.messageIdOf(43, "0a1b2c3d", "example.com"));
        assertNotEquals(SmtpConnector.messageIdOf(42, "0a1b2c3d", "example.com"), SmtpConnector.messageIdOf(42, "ffee0011", "example.com"),
                "another deployment's reply 42");
    }
}
