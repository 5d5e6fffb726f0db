package io.threadline.channel.outbound;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileLinkSignatureTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final Instant EXPIRES = NOW.plusSeconds(3600);
    private static final String TOKEN = "abcdefghijklmnopqrstuvwxyz012345";

    private final FileLinkSignature links = new FileLinkSignature("a key of the servers".getBytes(StandardCharsets.UTF_8));

    @Test
    void aLinkWorksUntilTheSecondItExpires() {
        Matcher query = parse(links.query(TOKEN, EXPIRES));
        assertEquals(String.valueOf(EXPIRES.getEpochSecond()), query.group(1));
        assertEquals(FileLinkSignature.Verdict.VALID, links.check(TOKEN, query.group(1), query.group(2), NOW));
        assertEquals(FileLinkSignature.Verdict.VALID, links.check(TOKEN, query.group(1), query.group(2), EXPIRES.minusSeconds(1)));
        assertEquals(FileLinkSignature.Verdict.EXPIRED, links.check(TOKEN, query.group(1), query.group(2), EXPIRES));
    }

    @Test
    void aLinkWithAnyPartChangedIsForged() {
        Matcher query = parse(links.query(TOKEN, EXPIRES));
        String later = String.valueOf(EXPIRES.getEpochSecond() + 86_400);
        assertEquals(FileLinkSignature.Verdict.FORGED, links.check(TOKEN, later, query.group(2), NOW), "made to last longer");
        assertEquals(FileLinkSignature.Verdict.FORGED, links.check(TOKEN.replace('a', 'b'), query.group(1), query.group(2), NOW),
                "another file's token");
        assertEquals(FileLinkSignature.Verdict.FORGED, links.check(TOKEN, null, null, NOW), "no signature");
        assertEquals(FileLinkSignature.Verdict.FORGED, links.check(TOKEN, "soon", query.group(2), NOW), "not a time");
        FileLinkSignature otherServers = new FileLinkSignature("another key".getBytes(StandardCharsets.UTF_8));
        assertEquals(FileLinkSignature.Verdict.FORGED, otherServers.check(TOKEN, query.group(1), query.group(2), NOW),
                "signed with another deployment's key");
    }

    @Test
    void anExpiredLinkIsStillForgedWhenItsSignatureIsWrong() {
        Matcher query = parse(links.query(TOKEN, EXPIRES));
        assertEquals(FileLinkSignature.Verdict.FORGED, links.check(TOKEN, query.group(1), "x" + query.group(2), EXPIRES.plusSeconds(5)));
    }

    private static Matcher parse(String query) {
        Matcher matcher = Pattern.compile("expires=(\\d+)&signature=([A-Za-z0-9_-]{43})").matcher(query);
        assertTrue(matcher.matches(), query);
        return matcher;
    }
}
