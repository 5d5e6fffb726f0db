package io.threadline.identity;

import io.threadline.shared.Channel;
import io.threadline.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentityNormalizerTest {

    private final IdentityNormalizer normalizer = new IdentityNormalizer("US");

    @Test
    void emailsAreTrimmedAndLowerCased() {
        assertEquals(new IdentityKey(IdentityType.EMAIL, "sarah.lee@example.com"),
                normalizer.forChannel(Channel.EMAIL, "  Sarah.Lee@Example.COM ", "from.handle"));
    }

    @Test
    void malformedEmailsAreRefusedNamingTheField() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> normalizer.forChannel(Channel.EMAIL, "sarah at example", "from.handle"));
        assertEquals("from.handle", e.field());
        assertTrue(e.getMessage().contains("not a valid email address"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> normalizer.email("Sarah <sarah@example.com>", "email"));
    }

    @Test
    void phonesBecomeE164WhateverTheirWriting() {
        IdentityKey expected = new IdentityKey(IdentityType.PHONE, "+14155550142");
        assertEquals(expected, normalizer.forChannel(Channel.SMS, "+1 (415) 555-0142", "from.handle"));
        assertEquals(expected, normalizer.forChannel(Channel.PHONE, "415.555.0142", "from.handle"));
        assertEquals(expected, normalizer.forChannel(Channel.WHATSAPP, "whatsapp:+14155550142", "from.handle"));
    }

    @Test
    void smsWhatsAppAndCallsShareOnePhoneIdentity() {
        IdentityKey sms = normalizer.forChannel(Channel.SMS, "+44 20 7183 8750", "h");
        IdentityKey whatsApp = normalizer.forChannel(Channel.WHATSAPP, "whatsapp:+442071838750", "h");
        IdentityKey call = normalizer.forChannel(Channel.PHONE, "+44 (0)20 7183 8750", "h");
        assertEquals(sms, whatsApp);
        assertEquals(sms, call);
    }

    @Test
    void theDefaultRegionAppliesToNationalNumbers() {
        assertEquals("+442071838750", new IdentityNormalizer("GB").phone("020 7183 8750", "phone").value());
    }

    @Test
    void invalidPhoneNumbersAreRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> normalizer.forChannel(Channel.SMS, "+1 555", "from.handle"));
        assertEquals("from.handle", e.field());
        assertTrue(e.getMessage().contains("not a valid phone number"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> normalizer.phone("call me maybe", "phone"));
    }

    @Test
    void providerIdsAreScopedByProvider() {
        IdentityKey instagram = normalizer.forChannel(Channel.INSTAGRAM, "17841400000000042", "h");
        IdentityKey facebook = normalizer.forChannel(Channel.FACEBOOK, "17841400000000042", "h");
        assertEquals(IdentityType.INSTAGRAM, instagram.type());
        assertEquals(IdentityType.FACEBOOK, facebook.type());
        assertEquals(instagram.value(), facebook.value());
    }

    @Test
    void genericHandlesAreRecognisedAsEmailOrPhone() {
        assertEquals(IdentityType.EMAIL, normalizer.forChannel(Channel.API, "Ops@Example.com", "h").type());
        assertEquals(IdentityType.PHONE, normalizer.forChannel(Channel.IN_STORE, "+14155550142", "h").type());
        assertEquals(new IdentityKey(IdentityType.ERP, "C-10042"), normalizer.forChannel(Channel.IN_STORE, "C-10042", "h"));
        assertEquals(IdentityType.EXTERNAL, normalizer.forChannel(Channel.API, "crm-7781", "h").type());
    }

    @Test
    void emptyHandlesAreRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> normalizer.forChannel(Channel.CHAT, "   ", "from.handle"));
        assertEquals("from.handle: must not be empty", e.getMessage());
    }
}
