package io.threadline.channel.chat;

import io.threadline.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ClientFramesTest {

    @Test
    void readsEveryFrameType() {
        assertEquals(new ClientFrame.Hello(null, null, false), ClientFrames.read("{\"type\":\"hello\"}"));
        String token = "a".repeat(43);
        assertEquals(new ClientFrame.Hello(token, null, false), ClientFrames.read("{\"type\":\"hello\",\"token\":\"" + token + "\"}"));
        assertEquals(new ClientFrame.Profile("Nora", "nora@example.com"),
                ClientFrames.read("{\"type\":\"profile\",\"name\":\"Nora\",\"email\":\"nora@example.com\"}"));
        assertEquals(new ClientFrame.Message("m-1", "Hi <b>there</b>"),
                ClientFrames.read("{\"type\":\"message\",\"id\":\"m-1\",\"text\":\"Hi <b>there</b>\"}"));
        assertInstanceOf(ClientFrame.Typing.class, ClientFrames.read("{\"type\":\"typing\"}"));
        assertInstanceOf(ClientFrame.Ping.class, ClientFrames.read("{\"type\":\"ping\"}"));
        assertEquals(new ClientFrame.Hello(null, "de", true),
                ClientFrames.read("{\"type\":\"hello\",\"lang\":\"DE\",\"suggestions\":true}"));
        assertEquals(new ClientFrame.Resolved("m-1"), ClientFrames.read("{\"type\":\"resolved\",\"id\":\"m-1\"}"));
        assertEquals(new ClientFrame.Handover("m-1"), ClientFrames.read("{\"type\":\"handover\",\"id\":\"m-1\"}"));
    }

    @Test
    void refusalsNameTheFieldAtFault() {
        assertField("frame", "not json");
        assertField("frame", "\"a string\"");
        assertField("type", "{}");
        assertField("type", "{\"type\":\"shout\"}");
        assertField("type", "{\"type\":7}");
        assertField("token", "{\"type\":\"hello\",\"token\":\"short\"}");
        assertField("email", "{\"type\":\"profile\",\"name\":\"Nora\"}");
        assertField("email", "{\"type\":\"profile\",\"email\":\"" + "e".repeat(321) + "\"}");
        assertField("id", "{\"type\":\"message\",\"text\":\"hi\"}");
        assertField("id", "{\"type\":\"message\",\"id\":\"a/b\",\"text\":\"hi\"}");
        assertField("id", "{\"type\":\"message\",\"id\":\"" + "i".repeat(101) + "\",\"text\":\"hi\"}");
        assertField("text", "{\"type\":\"message\",\"id\":\"m\",\"text\":\" \"}");
        assertField("text", "{\"type\":\"message\",\"id\":\"m\",\"text\":\"" + "t".repeat(5001) + "\"}");
        assertField("lang", "{\"type\":\"hello\",\"lang\":\"english\"}");
        assertField("suggestions", "{\"type\":\"hello\",\"suggestions\":\"yes\"}");
        assertField("id", "{\"type\":\"handover\"}");
        assertField("urgent", "{\"type\":\"message\",\"id\":\"m\",\"text\":\"hi\",\"urgent\":true}");
    }

    private static void assertField(String field, String frame) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ClientFrames.read(frame), frame);
        assertEquals(field, e.field(), e.getMessage());
    }
}
