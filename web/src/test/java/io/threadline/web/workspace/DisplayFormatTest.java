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
}
