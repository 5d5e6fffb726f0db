package io.threadline.channel.email;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailReaderTest {

    private static final String MULTIPART = """
            From: "Nora Quinn" <Nora.Quinn@Example.com>
            To: support@acme.example
            Subject: =?UTF-8?Q?Parcel_not_delivered_=E2=80=93_order_50231?=
            Date: Mon, 23 Nov 2026 09:15:00 +0000
            Message-ID: <CAF8a1c9@mail.example.com>
            In-Reply-To: <reply-1@acme.example>
            References: <first@acme.example>
             <reply-1@acme.example>
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="outer"

            --outer
            Content-Type: multipart/alternative; boundary="inner"

            --inner
            Content-Type: text/plain; charset=UTF-8

            It never arrived.
            Still waiting.
            --inner
            Content-Type: text/html; charset=UTF-8

            <p>It <b>never</b> arrived.</p><script>alert(1)</script>
            --inner--
            --outer
            Content-Type: image/png; name="tracking.png"
            Content-Disposition: attachment; filename="tracking.png"
            Content-Transfer-Encoding: base64

            iVBORw0KGgo=
            --outer
            Content-Type: application/pdf
            Content-Disposition: attachment; filename="big.pdf"
            Content-Transfer-Encoding: base64

            JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFI+Pg==
            --outer--
            """;

    @Test
    void aMultipartMailGivesItsIdsThreadSenderTextHtmlAndFiles() throws Exception {
        ReceivedMail mail = new MailReader(20, 1000).read(parse(MULTIPART));
        assertEquals("<CAF8a1c9@mail.example.com>", mail.messageId());
        assertEquals("<reply-1@acme.example>", mail.inReplyTo());
        assertEquals(List.of("<first@acme.example>", "<reply-1@acme.example>"), mail.references());
        assertEquals("Nora.Quinn@Example.com", mail.fromAddress());
        assertEquals("Nora Quinn", mail.fromName());
        assertEquals("Parcel not delivered – order 50231", mail.subject());
        assertEquals(Instant.parse("2026-11-23T09:15:00Z"), mail.sentAt());
        assertEquals("It never arrived.\nStill waiting.", mail.text(), "MIME's CRLF line breaks become newlines");
        assertTrue(mail.html().contains("<b>never</b>"));

        assertEquals(2, mail.attachments().size());
        ReceivedMail.File png = mail.attachments().get(0);
        assertEquals("tracking.png", png.name());
        assertEquals("image/png", png.contentType());
        assertArrayEquals(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, png.content());
        ReceivedMail.File pdf = mail.attachments().get(1);
        assertEquals("big.pdf", pdf.name());
        assertNull(pdf.content());
        assertEquals("larger than the limit of 20 bytes per attachment", pdf.omitted());
    }

    @Test
    void filesBeyondTheMailsLimitAreNamedWithoutContent() throws Exception {
        ReceivedMail mail = new MailReader(1000, 10).read(parse(MULTIPART));
        assertNotNull(mail.attachments().get(0).content());
        assertEquals("the mail's attachments exceed the limit of 10 bytes per mail", mail.attachments().get(1).omitted());
    }

    @Test
    void anHtmlOnlyMailIsReadAsText() throws Exception {
        ReceivedMail mail = new MailReader(1000, 1000).read(parse("""
                From: nora@example.com
                Subject: Hi
                Content-Type: text/html; charset=UTF-8

                <div>Line one<br>Line two</div><img src=x onerror="alert(1)">
                """));
        assertEquals("Line one\nLine two", mail.text());
    }

    @Test
    void aMailWithoutMessageIdGetsTheSameDerivedIdEachTime() throws Exception {
        String raw = "From: nora@example.com\nSubject: Hi\nDate: Mon, 23 Nov 2026 09:15:00 +0000\n\nHello\n";
        String first = new MailReader(10, 10).read(parse(raw)).messageId();
        assertEquals(first, new MailReader(10, 10).read(parse(raw)).messageId());
        assertTrue(first.matches("<[0-9a-f]{40}@derived\\.threadline>"), first);
        String other = new MailReader(10, 10).read(parse(raw.replace("Hello", "Hello again"))).messageId();
        assertTrue(!first.equals(other));
    }

    @Test
    void aMailWithoutSenderIsUnreadableWithTheReason() {
        UnreadableMailException e = assertThrows(UnreadableMailException.class,
                () -> new MailReader(10, 10).read(parse("Subject: Who am I\n\nHello\n")));
        assertEquals("From: the mail names no sender", e.getMessage());
    }

    private static MimeMessage parse(String raw) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
    }
}
