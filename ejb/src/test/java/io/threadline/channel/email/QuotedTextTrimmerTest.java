package io.threadline.channel.email;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuotedTextTrimmerTest {

    @Test
    void gmailAttributionAndQuotedLinesAreCut() {
        assertEquals("Yes, Tuesday works for me.", QuotedTextTrimmer.trim("""
                Yes, Tuesday works for me.

                On Mon, Nov 23, 2026 at 9:15 AM Acme Support <support@acme.example> wrote:
                > Would Tuesday suit you for the visit?
                >
                > Alice
                """));
    }

    @Test
    void anAttributionWrappedOverTwoLinesIsRecognised() {
        assertEquals("Thanks!", QuotedTextTrimmer.trim("""
                Thanks!

                On Mon, Nov 23, 2026 at 9:15 AM Acme Customer Support Team <
                support@acme.example> wrote:
                > Your refund was issued.
                """));
    }

    @Test
    void otherLanguagesAttributionsAreRecognised() {
        assertEquals("Danke.", QuotedTextTrimmer.trim("Danke.\n\nAm 23.11.2026 um 09:15 schrieb Acme <s@acme.example>:\n> Hallo"));
        assertEquals("Merci.", QuotedTextTrimmer.trim("Merci.\n\nLe lun. 23 nov. 2026 à 09:15, Acme <s@acme.example> a écrit :\n> Bonjour"));
    }

    @Test
    void outlookOriginalMessageAndHeaderBlocksAreCut() {
        assertEquals("Please cancel it.", QuotedTextTrimmer.trim("""
                Please cancel it.

                -----Original Message-----
                From: Acme Support <support@acme.example>
                Sent: Monday, November 23, 2026 9:15 AM
                Your order shipped.
                """));
        assertEquals("See the invoice attached.", QuotedTextTrimmer.trim("""
                See the invoice attached.

                ________________________________
                From: Acme Support <support@acme.example>
                Sent: Monday, November 23, 2026 9:15 AM
                To: Nora Quinn <nora@example.com>
                Subject: RE: Invoice
                """));
    }

    @Test
    void signaturesAreCut() {
        assertEquals("The parcel arrived, thanks.", QuotedTextTrimmer.trim("The parcel arrived, thanks.\n\n-- \nNora Quinn\nQuinn & Co"));
        assertEquals("On my way.", QuotedTextTrimmer.trim("On my way.\n\nSent from my iPhone"));
    }

    @Test
    void inlineAnswersBetweenQuotesAreKept() {
        String text = "> Which size?\nMedium.\n> Which colour?\nBlue.";
        assertEquals(text, QuotedTextTrimmer.trim(text));
    }

    @Test
    void aLineMerelyMentioningFromOrOnIsNotAHeader() {
        String text = "From: the warehouse, I was told nothing.\nOn Monday I called again.\nStill no parcel.";
        assertEquals(text, QuotedTextTrimmer.trim(text));
    }

    @Test
    void whenNothingWouldBeLeftTheTextStaysWhole() {
        assertEquals("> only a quote", QuotedTextTrimmer.trim("> only a quote\n"));
    }
}
