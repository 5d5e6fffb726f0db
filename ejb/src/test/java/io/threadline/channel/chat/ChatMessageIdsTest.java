package io.threadline.channel.chat;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChatMessageIdsTest {

    private final String visitor = VisitorCredentials.newVisitorId();

    @Test
    void messagesAreScopedByVisitorAndDirection() {
        String inbound = ChatMessageIds.inbound(visitor, "reply-5");
        String outbound = ChatMessageIds.outbound(visitor, 5);
        assertNotEquals(inbound, outbound, "a widget's own ids never collide with replies");
        assertTrue(inbound.startsWith(ChatMessageIds.prefix(visitor)));
        assertTrue(outbound.startsWith(ChatMessageIds.prefix(visitor)));
        assertNotEquals(ChatMessageIds.inbound(visitor, "m1"), ChatMessageIds.inbound(VisitorCredentials.newVisitorId(), "m1"));
    }

    @Test
    void theWidgetSeesItsOwnIdsAndReplyIds() {
        assertEquals("m:1", ChatMessageIds.frameId(ChatMessageIds.inbound(visitor, "m:1")));
        assertEquals("reply-42", ChatMessageIds.frameId(ChatMessageIds.outbound(visitor, 42)));
    }

    @Test
    void onlyWidgetVisitorsAreFoundInExternalIds() {
        assertEquals(Optional.of(visitor), ChatMessageIds.visitorOf(ChatMessageIds.inbound(visitor, "m1")));
        assertEquals(Optional.empty(), ChatMessageIds.visitorOf("demo-chat-1"));
        assertEquals(Optional.empty(), ChatMessageIds.visitorOf("someone/in/m1"));
        assertEquals(Optional.empty(), ChatMessageIds.visitorOf(null));
    }
}
