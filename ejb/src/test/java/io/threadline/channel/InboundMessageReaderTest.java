package io.threadline.channel;

import io.threadline.identity.IdentityKey;
import io.threadline.identity.IdentityNormalizer;
import io.threadline.identity.IdentityType;
import io.threadline.shared.Channel;
import io.threadline.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InboundMessageReaderTest {

    private final InboundMessageReader reader = new InboundMessageReader(new IdentityNormalizer("US"));

    @Test
    void readsTheCanonicalMessage() {
        InboundMessage m = reader.read("""
                {"channel": "sms", "externalId": "SM123", "from": {"handle": "+1 415 555 0142", "name": "Sarah Lee"},
                 "text": "Where is my order?", "sentAt": "2026-11-23T09:15:00Z",
                 "attachments": [{"name": "photo.jpg", "contentType": "image/jpeg", "url": "https://media.example.com/1.jpg"}],
                 "inReplyTo": "SM100"}""");
        assertEquals(Channel.SMS, m.channel());
        assertEquals("SM123", m.externalId());
        assertEquals(new IdentityKey(IdentityType.PHONE, "+14155550142"), m.sender());
        assertEquals("Sarah Lee", m.fromName());
        assertEquals(Instant.parse("2026-11-23T09:15:00Z"), m.sentAt());
        assertEquals("photo.jpg", m.attachments().get(0).name());
        assertEquals("SM100", m.inReplyTo());
    }

    @Test
    void roundTripsThroughItsJson() {
        InboundMessage m = reader.read("""
                {"channel": "EMAIL", "externalId": "<a@b>", "from": {"handle": "A@B.com"}, "subject": "Hi", "text": "Hello"}""");
        InboundMessage again = reader.read(m.toJson());
        assertEquals(m, again);
        assertNull(again.sentAt());
    }

    @Test
    void readsWhatTheEmailChannelAdds() {
        InboundMessage m = reader.read("""
                {"channel": "EMAIL", "externalId": "<c@mail.example.com>", "from": {"handle": "nora@example.com"},
                 "text": "Thanks!", "inReplyTo": "<b@acme.example>", "references": ["<a@mail.example.com>", "<b@acme.example>"],
                 "original": {"text": "Thanks!\\n\\n> earlier", "html": "<p>Thanks!</p>"},
                 "attachments": [{"name": "label.png", "contentType": "image/png", "size": 3000, "contentId": 351},
                                 {"name": "scan.pdf", "contentType": "application/pdf", "omitted": "too large"}]}""");
        assertEquals(java.util.List.of("<a@mail.example.com>", "<b@acme.example>"), m.references());
        assertEquals(new InboundMessage.Original("Thanks!\n\n> earlier", "<p>Thanks!</p>"), m.original());
        assertEquals(351L, m.attachments().get(0).contentId());
        assertEquals(3000L, m.attachments().get(0).size());
        assertEquals("too large", m.attachments().get(1).omitted());
        assertEquals(m, reader.read(m.toJson()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed JSON         | {"channel": "SMS",                                                                   | body
            not an object          | ["SMS"]                                                                              | body
            missing channel        | {"externalId": "1", "from": {"handle": "a@b.com"}, "text": "x"}                      | channel
            unknown channel        | {"channel": "FAX", "externalId": "1", "from": {"handle": "a@b.com"}, "text": "x"}    | channel
            missing externalId     | {"channel": "EMAIL", "from": {"handle": "a@b.com"}, "text": "x"}                     | externalId
            missing from           | {"channel": "EMAIL", "externalId": "1", "text": "x"}                                 | from
            empty handle           | {"channel": "EMAIL", "externalId": "1", "from": {"handle": " "}, "text": "x"}        | from.handle
            bad phone              | {"channel": "SMS", "externalId": "1", "from": {"handle": "+1 555"}, "text": "x"}     | from.handle
            bad email              | {"channel": "EMAIL", "externalId": "1", "from": {"handle": "nobody"}, "text": "x"}   | from.handle
            bad timestamp          | {"channel": "CHAT", "externalId": "1", "from": {"handle": "v1"}, "text": "x", "sentAt": "yesterday"} | sentAt
            no text                | {"channel": "CHAT", "externalId": "1", "from": {"handle": "v1"}}                     | text
            unknown field          | {"channel": "CHAT", "externalId": "1", "from": {"handle": "v1"}, "text": "x", "body": "y"} | body
            non-http attachment    | {"channel": "CHAT", "externalId": "1", "from": {"handle": "v1"}, "attachments": [{"url": "file:///etc/passwd"}]} | attachments[0].url
            attachment with two sources | {"channel": "CHAT", "externalId": "1", "from": {"handle": "v1"}, "attachments": [{"url": "https://x.example/1", "contentId": 4}]} | attachments[0]
            attachment without source | {"channel": "CHAT", "externalId": "1", "from": {"handle": "v1"}, "attachments": [{"name": "a.txt"}]} | attachments[0]
            negative size          | {"channel": "CHAT", "externalId": "1", "from": {"handle": "v1"}, "attachments": [{"contentId": 4, "size": -1}]} | attachments[0].size
            references not ids     | {"channel": "EMAIL", "externalId": "1", "from": {"handle": "a@b.com"}, "text": "x", "references": [1]} | references[0]
            unknown original field | {"channel": "EMAIL", "externalId": "1", "from": {"handle": "a@b.com"}, "text": "x", "original": {"rtf": "x"}} | original.rtf
            """)
    void refusesBadInputNamingTheField(String what, String json, String field) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(json));
        assertEquals(field, e.field(), e.getMessage());
    }
}
