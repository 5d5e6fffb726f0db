package io.threadline.automation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class WebhookSignatureTest {

    @Test
    void signsTheBodyWithHmacSha256AsHex() {
        // RFC 4231 test case 2
        assertEquals("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                WebhookSignature.of("what do ya want for nothing?", "Jefe"));
    }

    @Test
    void anotherSecretOrBodyGivesAnotherSignature() {
        String body = "{\"type\":\"message.received\"}";
        assertNotEquals(WebhookSignature.of(body, "one"), WebhookSignature.of(body, "two"));
        assertNotEquals(WebhookSignature.of(body, "one"), WebhookSignature.of(body + " ", "one"));
    }
}
