package io.threadline.identity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MatchKeyTest {

    @Test
    void oneGmailMailboxWrittenWithDotsCaseTagsOrGooglemailHasOneKey() {
        String key = MatchKey.of(IdentityType.EMAIL, "annlee@gmail.com");
        assertEquals("annlee@gmail.com", key);
        assertEquals(key, MatchKey.of(IdentityType.EMAIL, "Ann.Lee@GMAIL.com"));
        assertEquals(key, MatchKey.of(IdentityType.EMAIL, "ann.lee+shop@googlemail.com"));
        assertEquals(key, MatchKey.of(IdentityType.EMAIL, "a.n.n.l.e.e+x+y@gmail.com"));
    }

    @Test
    void elsewhereATagGoesButDotsStayBecauseTheyMakeAnotherMailbox() {
        assertEquals("ann.lee@example.com", MatchKey.of(IdentityType.EMAIL, "Ann.Lee+newsletter@Example.com"));
        assertNotEquals(MatchKey.of(IdentityType.EMAIL, "annlee@example.com"), MatchKey.of(IdentityType.EMAIL, "ann.lee@example.com"));
        assertNotEquals(MatchKey.of(IdentityType.EMAIL, "ann.lee@example.com"), MatchKey.of(IdentityType.EMAIL, "ann.lee@example.org"));
    }

    @Test
    void oneNumberStoredWithAnotherRegionOrTrunkPrefixSharesTheLastNineDigits() {
        assertEquals("112345678", MatchKey.of(IdentityType.PHONE, "+4915112345678"));
        assertEquals(MatchKey.of(IdentityType.PHONE, "+4915112345678"), MatchKey.of(IdentityType.PHONE, "+115112345678"));
        assertEquals(MatchKey.of(IdentityType.PHONE, "+14155550133"), MatchKey.of(IdentityType.PHONE, "+4414155550133"));
        assertNotEquals(MatchKey.of(IdentityType.PHONE, "+14155550133"), MatchKey.of(IdentityType.PHONE, "+14155550134"));
    }

    @Test
    void shortNumbersAndOtherTypesHaveNoKey() {
        assertNull(MatchKey.of(IdentityType.PHONE, "+4512345"), "too few digits to say anything");
        assertNull(MatchKey.of(IdentityType.ERP, "C-1001"));
        assertNull(MatchKey.of(IdentityType.CHAT, "v-123"));
    }

    @Test
    void roleMailboxesAndShortNamesSayNothingAboutWhoSomeoneIs() {
        assertEquals("ann.lee", MatchKey.personalEmailName("ann.lee@example.com"));
        assertNull(MatchKey.personalEmailName("info@example.com"));
        assertNull(MatchKey.personalEmailName("support@example.com"));
        assertNull(MatchKey.personalEmailName("al@example.com"));
    }
}
