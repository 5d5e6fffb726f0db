package io.threadline.channel.meta;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetaSignatureTest {

    /** RFC 4231, test case 2: HMAC-SHA256 with key "Jefe". */
    private static final byte[] BODY = "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8);
    private static final String EXPECTED = "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

    @Test
    void signsLikeMetaHexHmacSha256OfTheRawBody() {
        assertEquals(EXPECTED, new MetaSignature("Jefe").sign(BODY));
    }

    @Test
    void verifiesOnlyTheExactBodyWithTheRightSecret() {
        MetaSignature signature = new MetaSignature("Jefe");
        assertTrue(signature.verify(BODY, EXPECTED));
        assertTrue(signature.verify(BODY, EXPECTED.toUpperCase().replace("SHA256=", "sha256=")), "hex case does not matter");
        assertFalse(signature.verify("what do ya want for nothing!".getBytes(StandardCharsets.UTF_8), EXPECTED));
        assertFalse(new MetaSignature("other").verify(BODY, EXPECTED));
        assertFalse(signature.verify(BODY, EXPECTED.substring("sha256=".length())), "the sha256= prefix is required");
        assertFalse(signature.verify(BODY, null));
    }
}
