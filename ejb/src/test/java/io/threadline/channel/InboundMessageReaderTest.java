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
            """)
    void refusesBadInputNamingTheField(String what, String json, String field) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(json));
        assertEquals(field, e.field(), e.getMessage());
    }
}
