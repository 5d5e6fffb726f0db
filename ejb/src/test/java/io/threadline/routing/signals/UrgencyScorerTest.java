package io.threadline.routing.signals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UrgencyScorerTest {

    private final UrgencyScorer scorer = new UrgencyScorer();

    private int score(String text) {
        return scorer.score(null, text);
    }

    private void assertMoreUrgent(String urgent, String calm) {
        int urgentScore = score(urgent);
        int calmScore = score(calm);
        assertTrue(urgentScore > calmScore, () -> "\"" + urgent + "\" " + urgentScore + " should be above \"" + calm + "\" " + calmScore);
    }

    private void assertScoreBetween(int low, int high, String text) {
        int score = score(text);
        assertTrue(score >= low && score <= high, () -> "\"" + text + "\" scored " + score + ", expected " + low + ".." + high);
    }

    @Test
    void aNeutralQuestionIsLowAndThanksLower() {
        assertScoreBetween(10, 30, "Can I change my delivery address?");
        assertScoreBetween(10, 30, "Wo finde ich meine Rechnung?");
        assertScoreBetween(0, 15, "Thanks, that worked!");
        assertScoreBetween(0, 15, "Vielen Dank, alles gut!");
        assertScoreBetween(0, 15, "THANK YOU SO MUCH!!!");
    }

    @Test
    void anAnnoyedMessageIsInTheMiddle() {
        assertScoreBetween(40, 60, "The export is not working, please have a look.");
        assertScoreBetween(40, 65, "I'm a bit disappointed. My order still hasn't arrived, can you check?");
    }

    @Test
    void anAngryDemandIsHigh() {
        assertTrue(score("This is UNACCEPTABLE!!! I want a refund NOW, third time I write") >= 80);
        assertTrue(score("Our site is down! Outage since this morning, urgent!!") >= 80);
    }

    @Test
    void negationTurnsSentiment() {
        assertMoreUrgent("I am not happy at all", "I am happy");
        assertMoreUrgent("bad", "not bad");
        assertMoreUrgent("Ich bin nicht zufrieden", "Ich bin zufrieden");
        assertMoreUrgent("I want a refund", "I don't want a refund, just an exchange.");
    }

    @Test
    void aNegationEndsWithItsClause() {
        assertMoreUrgent("Es funktioniert immer noch nicht, zum dritten Mal!", "Es funktioniert immer noch nicht");
    }

    @Test
    void intensifiersCapitalsAndPunctuationAddEmphasis() {
        assertMoreUrgent("The service was very bad", "The service was bad");
        assertMoreUrgent("The service was extremely bad", "The service was a bit bad");
        assertMoreUrgent("The service was BAD", "The service was bad");
        assertMoreUrgent("The service was bad!!!", "The service was bad");
        assertMoreUrgent("Where is my order???", "Where is my order?");
    }

    @Test
    void urgencyWordsRaiseTheScoreInEveryLanguage() {
        assertMoreUrgent("Please call me back, it is urgent", "Please call me back");
        assertMoreUrgent("Bitte dringend zurückrufen", "Bitte zurückrufen");
        assertMoreUrgent("Rappelez-moi, c'est urgent", "Rappelez-moi");
        assertMoreUrgent("Llámenme, es urgente", "Llámenme");
        assertMoreUrgent("My lawyer will contact you", "My neighbour will contact you");
        assertMoreUrgent("I am writing for the third time", "I am writing");
    }

    @Test
    void theSubjectCounts() {
        assertTrue(scorer.score("URGENT: invoice", "Please see the attachment.") > scorer.score("Invoice", "Please see the attachment."));
    }

    @Test
    void aCustomerWithoutHurryIsBelowNeutral() {
        assertMoreUrgent("Can I change my delivery address?", "Can I change my delivery address? No rush, whenever you can.");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"😀😀😀", "   \n\t", "!!!!!!!!!!", "<p>&nbsp;</p>", "12345", "ÜBERALL GROSS GESCHRIEBEN"})
    void oddInputGivesANeutralScore(String text) {
        assertScoreBetween(0, 30, text);
        assertEquals(score(text), scorer.score(text, null));
    }

    @Test
    void staysWithinBoundsOnExtremeText() {
        String furious = "URGENT!!! TERRIBLE, UNACCEPTABLE, lawyer, chargeback, refund NOW!!! ";
        assertEquals(100, score(furious.repeat(20_000)));
        assertEquals(0, score("Thanks, great, perfect, wonderful! No rush. ".repeat(20_000)));
        assertScoreBetween(0, 100, "<html><body>" + "<div>still broken</div>".repeat(50_000) + "</body></html>");
    }
}
