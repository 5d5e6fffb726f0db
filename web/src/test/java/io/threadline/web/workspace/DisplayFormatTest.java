package io.threadline.web.workspace;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DisplayFormatTest {

    private final DisplayFormat display = new DisplayFormat();

    @Test
    void channelsAreNamedAsAgentsSayThem() {
        assertEquals("Email", display.channels(List.of("EMAIL")));
        assertEquals("Email and WhatsApp", display.channels(List.of("EMAIL", "WHATSAPP")));
        assertEquals("Email, SMS and Messenger", display.channels(List.of("EMAIL", "SMS", "FACEBOOK")));
    }

    @Test
    void anIdentitySaysWhereItCameFrom() {
        assertEquals("from Live chat", display.identitySource("CHAT"));
        assertEquals("added by alice", display.identitySource("added by alice"));
        assertEquals("", display.identitySource(null));
    }

    @Test
    void anSlaDueTimeReadsAsACountdown() {
        assertEquals("due in 24 min", display.due(java.time.Instant.now().plusSeconds(24 * 60 + 30)));
        assertEquals("overdue by 2 h 5 min", display.due(java.time.Instant.now().minusSeconds(2 * 3600 + 5 * 60 + 10)));
        assertEquals("due in 1 d 3 h", display.due(java.time.Instant.now().plusSeconds(27 * 3600 + 60)));
        assertEquals("", display.due(null));
    }

    @Test
    void urgencyAndLanguageReadAsAgentsSayThem() {
        assertEquals("high", display.urgencyLevel(70));
        assertEquals("medium", display.urgencyLevel(40));
        assertEquals("low", display.urgencyLevel(39));
        assertEquals("German", display.language("de"));
        assertEquals("", display.language(null));
    }
}
