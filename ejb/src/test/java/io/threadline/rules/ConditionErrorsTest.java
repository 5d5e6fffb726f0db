package io.threadline.rules;

import io.threadline.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static io.threadline.rules.RulesJson.json;
import static io.threadline.rules.RulesJson.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConditionErrorsTest {

    private static InvalidInputException refused(String whenJson) {
        return assertThrows(InvalidInputException.class, () -> Conditions.parse(json(whenJson), "when"));
    }

    private static void refused(String field, String op, String value, String expectedField, String expectedMessagePart) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Conditions.parse(when(field, op, value), "when"));
        assertEquals(expectedField, e.field());
        assertTrue(e.getMessage().contains(expectedMessagePart), e.getMessage());
    }

    @Test
    void anUnknownOperatorIsNamedWithTheAllowedOnes() {
        refused("text", "like", "'x'", "when.all[0].op",
                "unknown operator 'like'; one of is, isNot, in, containsWord, matches, gte, lte");
    }

    @Test
    void anUnknownFieldIsNamed() {
        refused("colour", "is", "'red'", "when.all[0].field", "unknown field 'colour'; one of channel, subject");
        refused("customer.", "is", "'x'", "when.all[0].field", "unknown field 'customer.'");
    }

    @Test
    void anOperatorMustSuitTheField() {
        refused("channel", "gte", "'EMAIL'", "when.all[0].op", "'gte' does not apply to channel; one of is, isNot, in");
        refused("urgency", "containsWord", "'x'", "when.all[0].op", "'containsWord' does not apply to urgency");
        refused("businessHours", "in", "['Berlin']", "when.all[0].op", "one of is, isNot");
    }

    @Test
    void valuesAreChecked() {
        refused("channel", "is", "'FAX'", "when.all[0].value", "'FAX' is not a channel");
        refused("channel", "in", "['SMS', 'FAX']", "when.all[0].value[1]", "'FAX' is not a channel");
        refused("urgency", "gte", "101", "when.all[0].value", "from 0 to 100");
        refused("urgency", "is", "'high'", "when.all[0].value", "from 0 to 100");
        refused("language", "is", "'eng'", "when.all[0].value", "two lower-case letters");
        refused("customer.tier", "is", "'GOLD'", "when.all[0].value", "one of STANDARD, VIP");
        refused("customer.spend", "gte", "'lots'", "when.all[0].value", "must be a number");
        refused("channel", "in", "'SMS'", "when.all[0].value", "must be an array");
        refused("tag", "in", "[]", "when.all[0].value", "at least one");
        refused("text", "containsWord", "'!!!'", "when.all[0].value", "has no word");
    }

    @Test
    void aRegexThatDoesNotCompileIsNamed() {
        refused("text", "matches", "'(refund'", "when.all[0].value", "is not a valid regular expression");
    }

    @Test
    void unknownKeysAndMissingPartsAreNamed() {
        InvalidInputException e = refused("{'all': [{'field': 'text', 'op': 'is', 'value': 'x', 'negate': true}]}");
        assertEquals("when.all[0].negate", e.field());
        assertTrue(e.getMessage().contains("unknown key 'negate'; allowed: field, op, value"), e.getMessage());
        assertEquals("when.none", refused("{'none': []}").field());
        assertEquals("when.any[1].value", refused("{'any': [{'field': 'text', 'op': 'is', 'value': 'x'}, {'field': 'text', 'op': 'is'}]}").field());
        assertEquals("when.all", refused("{'all': {'field': 'text'}}").field());
        assertEquals("when.all[0]", refused("{'all': ['text']}").field());
    }
}
