package io.threadline.channel.outbound;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MetaMessagesTest {

    @Test
    void theCallbackDataNamesTheReplyAndReadsBack() {
        assertEquals(1234L, MetaMessages.replyOf(MetaMessages.callbackData(1234)));
    }

    @Test
    void dataOfAnotherAppNamesNoReply() {
        assertNull(MetaMessages.replyOf(null));
        assertNull(MetaMessages.replyOf("campaign-7"));
        assertNull(MetaMessages.replyOf("threadline-reply:x"));
    }
}
