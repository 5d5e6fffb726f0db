package io.threadline.rules;

import io.threadline.identity.CustomerTier;
import io.threadline.shared.Channel;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static io.threadline.rules.RulesJson.json;
import static io.threadline.rules.RulesJson.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConditionsTest {

    private static boolean matches(String field, String op, String value, Facts facts) {
        return Conditions.parse(when(field, op, value), "when").matches(facts);
    }

    @Test
    void containsWordMatchesWholeWordsOnly() {
        assertTrue(matches("text", "containsWord", "'refund'", TestFacts.text("Where is my Refund?")));
        assertTrue(matches("text", "containsWord", "'refund'", TestFacts.text("REFUND!")));
        assertFalse(matches("text", "containsWord", "'refund'", TestFacts.text("This ticket is nonrefundable")));
        assertFalse(matches("text", "containsWord", "'refund'", TestFacts.text("I want two refunds")), "a whole word only: no plurals");
    }

    @Test
    void containsWordFoldsAccentsBothWays() {
        assertTrue(matches("text", "containsWord", "'ruckerstattung'", TestFacts.text("Bitte um Rückerstattung.")));
        assertTrue(matches("text", "containsWord", "'Rückerstattung'", TestFacts.text("ruckerstattung bitte")));
        assertTrue(matches("subject", "containsWord", "'café'", new TestFacts().withSubject("Cafe order")));
        assertTrue(matches("subject", "containsWord", "'cafe'", new TestFacts().withSubject("CAFÉ order")));
        assertTrue(matches("text", "containsWord", "'strasse'", TestFacts.text("Große Straße 1")));
    }

    @Test
    void aPhraseMatchesItsWordsInARowAcrossSpacesAndPunctuation() {
        assertTrue(matches("text", "containsWord", "'not working'", TestFacts.text("it's NOT   working, again")));
        assertTrue(matches("text", "containsWord", "'not working'", TestFacts.text("Not - working!")));
        assertFalse(matches("text", "containsWord", "'not working'", TestFacts.text("not really working")));
    }

    @Test
    void containsWordTakesAnyOfAList() {
        String words = "['refund', 'money back']";
        assertTrue(matches("text", "containsWord", words, TestFacts.text("I want my money back")));
        assertFalse(matches("text", "containsWord", words, TestFacts.text("I want my money")));
    }

    @Test
    void isAndInCompareAnyCase() {
        assertTrue(matches("channel", "is", "'email'", new TestFacts().withChannel(Channel.EMAIL)));
        assertTrue(matches("channel", "in", "['SMS', 'WHATSAPP']", new TestFacts().withChannel(Channel.WHATSAPP)));
        assertFalse(matches("channel", "in", "['SMS', 'WHATSAPP']", new TestFacts().withChannel(Channel.EMAIL)));
        assertTrue(matches("language", "in", "['de', 'fr']", new TestFacts().withLanguage("de")));
        assertTrue(matches("customer.tier", "is", "'VIP'", new TestFacts().withTier(CustomerTier.VIP)));
        assertTrue(matches("queue", "isNot", "'finance'", new TestFacts().withQueue("sales")));
    }

    @Test
    void tagConditionsAskWhetherTheConversationHasTheTag() {
        TestFacts facts = new TestFacts().withTags("billing", "urgent");
        assertTrue(matches("tag", "is", "'billing'", facts));
        assertTrue(matches("tag", "in", "['spam', 'urgent']", facts));
        assertFalse(matches("tag", "isNot", "'billing'", facts));
        assertTrue(matches("tag", "isNot", "'spam'", facts));
    }

    @Test
    void urgencyComparesAsANumber() {
        TestFacts facts = new TestFacts().withUrgency(70);
        assertTrue(matches("urgency", "gte", "70", facts));
        assertFalse(matches("urgency", "gte", "71", facts));
        assertTrue(matches("urgency", "lte", "70", facts));
        assertFalse(matches("urgency", "lte", "69", facts));
        assertTrue(matches("urgency", "in", "[50, 70]", facts));
    }

    @Test
    void customerAttributesCompareNumbersNumericallyAndStringsAsText() {
        TestFacts facts = new TestFacts().withAttribute("lifetimeValue", 1200.5).withAttribute("plan", "Gold")
                .withAttribute("orders", "12");
        assertTrue(matches("customer.lifetimeValue", "gte", "1000", facts));
        assertFalse(matches("customer.lifetimeValue", "lte", "1000", facts));
        assertTrue(matches("customer.orders", "gte", "9", facts), "a number written as a string still compares as a number");
        assertTrue(matches("customer.plan", "in", "['gold', 'platinum']", facts));
        assertTrue(matches("customer.plan", "containsWord", "'GOLD'", facts));
        assertFalse(matches("customer.plan", "gte", "5", facts), "a text is no number");
    }

    @Test
    void aMissingValueMatchesOnlyIsNot() {
        TestFacts nothing = new TestFacts();
        assertFalse(matches("language", "is", "'de'", nothing));
        assertTrue(matches("language", "isNot", "'de'", nothing));
        assertFalse(matches("urgency", "gte", "0", nothing));
        assertFalse(matches("urgency", "lte", "100", nothing));
        assertFalse(matches("text", "containsWord", "'refund'", nothing));
        assertFalse(matches("text", "matches", "'.*'", nothing));
        assertFalse(matches("customer.plan", "in", "['gold']", nothing));
        assertTrue(matches("customer.plan", "isNot", "'gold'", nothing));
        assertTrue(matches("channel", "isNot", "'EMAIL'", nothing));
    }

    @Test
    void matchesIsARegexOfAnyCase() {
        assertTrue(matches("subject", "matches", "'order #?\\\\d{5}'", new TestFacts().withSubject("ORDER #12345 late")));
        assertFalse(matches("subject", "matches", "'order #?\\\\d{5}'", new TestFacts().withSubject("order 12")));
    }

    @Test
    void businessHoursAsksTheNamedCalendar() {
        assertTrue(matches("businessHours", "is", "'Berlin'", new TestFacts().openIn("Berlin")));
        assertFalse(matches("businessHours", "is", "'Berlin'", new TestFacts()));
        assertTrue(matches("businessHours", "isNot", "'Berlin'", new TestFacts()));
    }

    @Test
    void allNeedsEveryConditionAndAnyNeedsOne() {
        Conditions conditions = Conditions.parse(json("{'all': [{'field': 'channel', 'op': 'is', 'value': 'EMAIL'}],"
                + " 'any': [{'field': 'urgency', 'op': 'gte', 'value': 80}, {'field': 'customer.tier', 'op': 'is', 'value': 'VIP'}]}"), "when");
        assertTrue(conditions.matches(new TestFacts().withChannel(Channel.EMAIL).withTier(CustomerTier.VIP)));
        assertTrue(conditions.matches(new TestFacts().withChannel(Channel.EMAIL).withUrgency(90)));
        assertFalse(conditions.matches(new TestFacts().withChannel(Channel.EMAIL).withUrgency(10)));
        assertFalse(conditions.matches(new TestFacts().withChannel(Channel.SMS).withTier(CustomerTier.VIP)));
    }

    @Test
    void noConditionsMatchEverything() {
        assertTrue(Conditions.parse(null, "when").matches(new TestFacts()));
        assertTrue(Conditions.parse(JsonValue.NULL, "when").matches(new TestFacts()));
        assertTrue(Conditions.parse(json("{}"), "when").matches(new TestFacts()));
        assertTrue(Conditions.parse(json("{'all': [], 'any': []}"), "when").matches(new TestFacts()));
    }

    @Test
    void aCatastrophicRegexGivesUpQuickly() {
        String input = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!";
        // Java 17 memoizes (a+)+$ and answers at once; bounded repeats backtrack for seconds without a deadline.
        assertFalse(Conditions.parse(when("text", "matches", "'(a+)+$'"), "when").matches(TestFacts.text(input)));
        Conditions catastrophic = Conditions.parse(when("text", "matches", "'(a{1,3}){1,40}$'"), "when");
        RuleTimeoutException timeout = assertThrows(RuleTimeoutException.class, () -> catastrophic.matches(TestFacts.text(input)),
                "without a deadline it would backtrack for seconds and then answer false");
        assertTrue(timeout.getMessage().contains("regular expression"));
    }

    @Test
    void theRegexBudgetCanBeSet() {
        Conditions slow = Conditions.parse(when("text", "matches", "'(a{1,3}){1,40}$'"), "when");
        String input = "a".repeat(24) + "!";
        assertThrows(RuleTimeoutException.class, () -> slow.matches(TestFacts.text(input)),
                "it backtracks for about 0.2 s, longer than the default budget of 50 ms");
        assertFalse(slow.matches(TestFacts.text(input), Duration.ofMinutes(1)), "a budget of a minute lets it answer");
    }

    @Test
    void aRegexLooksAtTheFirst20000CharactersOnly() {
        Conditions refundAtTheEnd = Conditions.parse(when("text", "matches", "'refund'"), "when");
        assertTrue(refundAtTheEnd.matches(TestFacts.text(" ".repeat(19_990) + "refund")));
        assertFalse(refundAtTheEnd.matches(TestFacts.text(" ".repeat(20_000) + "refund")));
    }

    @Test
    void roundTripsThroughJson() {
        var when = json("{'all': [{'field': 'channel', 'op': 'in', 'value': ['email', 'SMS']},"
                + " {'field': 'text', 'op': 'containsWord', 'value': ['refund', 'money back']},"
                + " {'field': 'customer.plan', 'op': 'is', 'value': 'gold'}, {'field': 'urgency', 'op': 'gte', 'value': 60}],"
                + " 'any': [{'field': 'subject', 'op': 'matches', 'value': '^re:'}, {'field': 'customer.tier', 'op': 'is', 'value': 'vip'}]}");
        var canonical = Conditions.parse(when, "when").toJson();
        assertEquals(json("{'all': [{'field': 'channel', 'op': 'in', 'value': ['EMAIL', 'SMS']},"
                + " {'field': 'text', 'op': 'containsWord', 'value': ['refund', 'money back']},"
                + " {'field': 'customer.plan', 'op': 'is', 'value': 'gold'}, {'field': 'urgency', 'op': 'gte', 'value': 60}],"
                + " 'any': [{'field': 'subject', 'op': 'matches', 'value': '^re:'}, {'field': 'customer.tier', 'op': 'is', 'value': 'VIP'}]}"),
                canonical, "values in their canonical form");
        assertEquals(canonical, Conditions.parse(canonical, "when").toJson());
    }

    @Test
    void namesTheCalendarsAndQueuesItUses() {
        Conditions conditions = Conditions.parse(json("{'all': [{'field': 'businessHours', 'op': 'isNot', 'value': 'Berlin'},"
                + " {'field': 'queue', 'op': 'in', 'value': ['finance', 'sales']}], 'any': [{'field': 'queue', 'op': 'is', 'value': 'vip'}]}"), "when");
        assertEquals(Set.of("Berlin"), conditions.calendars());
        assertEquals(Set.of("finance", "sales", "vip"), conditions.queues());
    }
}
