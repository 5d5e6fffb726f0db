package io.threadline.channel.twilio;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TwilioSignatureTest {

    /** The worked example of Twilio's security documentation ("Validating Signatures from Twilio"). */
    private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private static final Map<String, List<String>> FORM = Map.of(
            "CallSid", List.of("CA1234567890ABCDE"),
            "Caller", List.of("+12349013030"),
            "Digits", List.of("1234"),
            "From", List.of("+12349013030"),
            "To", List.of("+18005551212"));

    @Test
    void matchesTwilioDocumentedExample() {
        assertEquals("0/KCTR6DLpKmkAf8muzZqo1nDgQ=", new TwilioSignature("12345").sign(URL, FORM));
    }

    @Test
    void refusesATamperedRequestOrAWrongToken() {
        TwilioSignature signature = new TwilioSignature("12345");
        assertTrue(signature.verify(URL, FORM, "0/KCTR6DLpKmkAf8muzZqo1nDgQ="));
        assertFalse(signature.verify(URL, Map.of("Digits", List.of("9999")), "0/KCTR6DLpKmkAf8muzZqo1nDgQ="));
        assertFalse(new TwilioSignature("other").verify(URL, FORM, "0/KCTR6DLpKmkAf8muzZqo1nDgQ="));
        assertFalse(signature.verify(URL, FORM, null));
    }
}
