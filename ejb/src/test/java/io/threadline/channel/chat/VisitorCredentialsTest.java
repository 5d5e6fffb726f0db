package io.threadline.channel.chat;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VisitorCredentialsTest {

    @Test
    void tokensAreLongRandomAndStoredOnlyAsTheirHash() {
        String token = VisitorCredentials.newToken();
        assertTrue(VisitorCredentials.isToken(token), token);
        assertNotEquals(token, VisitorCredentials.newToken());
        String hash = VisitorCredentials.hash(token);
        assertEquals(64, hash.length());
        assertEquals(hash, VisitorCredentials.hash(token));
        assertFalse(hash.contains(token));
        // SHA-256 of "abc", the standard's own example.
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", VisitorCredentials.hash("abc"));
    }

    @Test
    void visitorIdsArePublicNamesOfAFixedShape() {
        String id = VisitorCredentials.newVisitorId();
        assertTrue(VisitorCredentials.isVisitorId(id), id);
        assertFalse(VisitorCredentials.isVisitorId("visitor-8f2c1d"), "not one the widget made");
        assertFalse(VisitorCredentials.isToken("short"));
    }
}
