package io.threadline.automation;

import io.threadline.conversation.ConversationStatus;
import io.threadline.shared.Channel;
import io.threadline.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import static io.threadline.rules.RulesJson.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AutomationRuleDefinitionTest {

    private static final String EVERY_ACTION = "{'name': 'Everything', 'position': 3, 'enabled': true, 'on': 'message.received',"
            + " 'when': {'any': [{'field': 'urgency', 'op': 'gte', 'value': 90}]}, 'do': ["
            + "{'action': 'assign', 'to': 'alice'}, {'action': 'assign', 'queue': 'finance'}, {'action': 'tag', 'tags': ['urgent']},"
            + " {'action': 'priority', 'value': 1}, {'action': 'status', 'value': 'PENDING'}, {'action': 'note', 'text': 'Check the order'},"
            + " {'action': 'reply', 'text': 'Hi {{customer.firstName}}, we are on it', 'channel': 'EMAIL'},"
            + " {'action': 'replyWithArticles', 'text': 'Hi {{customer.firstName}}, these may help:', 'max': 2, 'channel': 'EMAIL'},"
            + " {'action': 'csat'},"
            + " {'action': 'escalate', 'team': 'Finance', 'reason': 'very urgent'},"
            + " {'action': 'webhook', 'url': 'https://hooks.example.com/crm', 'secret': 's3cret'}]}";

    private static String rule(String on, String extra, String actions) {
        return "{'name': 'x', 'position': 0, 'on': '" + on + "'" + extra + ", 'do': " + actions + "}";
    }

    private static InvalidInputException refused(String rule) {
        return assertThrows(InvalidInputException.class, () -> AutomationRuleDefinition.parse(json(rule)));
    }

    private static void refused(String rule, String field, String messagePart) {
        InvalidInputException e = refused(rule);
        assertEquals(field, e.field());
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
    }

    @Test
    void readsEveryKindOfAction() {
        AutomationRuleDefinition rule = AutomationRuleDefinition.parse(json(EVERY_ACTION));
        assertEquals(AutomationEvent.MESSAGE_RECEIVED, rule.on());
        assertNull(rule.idleFor());
        assertEquals(List.of(new AutomationAction.Assign("alice", null), new AutomationAction.Assign(null, "finance"),
                new AutomationAction.Tag(List.of("urgent")), new AutomationAction.Priority(1),
                new AutomationAction.Status(ConversationStatus.PENDING), new AutomationAction.Note("Check the order"),
                new AutomationAction.Reply("Hi {{customer.firstName}}, we are on it", Channel.EMAIL),
                new AutomationAction.ReplyWithArticles("Hi {{customer.firstName}}, these may help:", 2, Channel.EMAIL),
                new AutomationAction.Csat(),
                new AutomationAction.Escalate("Finance", "very urgent"),
                new AutomationAction.Webhook(URI.create("https://hooks.example.com/crm"), "s3cret")), rule.actions());
    }

    @Test
    void roundTripsThroughJson() {
        assertEquals(json(EVERY_ACTION), AutomationRuleDefinition.parse(json(EVERY_ACTION)).toJson());
        String idle = "{'name': 'Nudge', 'position': 1, 'enabled': false, 'when': {}, 'on': 'conversation.idle', 'idleFor': 'P2D',"
                + " 'do': [{'action': 'status', 'value': 'RESOLVED'}]}";
        assertEquals(json(idle), AutomationRuleDefinition.parse(json(idle)).toJson());
    }

    @Test
    void aReplyWithArticlesNeedsNoIntroAndOffersThreeArticlesUnlessToldOtherwise() {
        AutomationRuleDefinition rule = AutomationRuleDefinition.parse(json(rule("message.received", "",
                "[{'action': 'replyWithArticles'}]")));
        assertEquals(List.of(new AutomationAction.ReplyWithArticles(null, 3, null)), rule.actions());
        assertEquals(json("{'action': 'replyWithArticles', 'max': 3}"), rule.actions().get(0).toJson(),
                "stored with the default filled in");
    }

    @Test
    void idleForGoesWithConversationIdleOnly() {
        assertEquals(Duration.ofHours(48), AutomationRuleDefinition.parse(json(rule("conversation.idle", ", 'idleFor': 'PT48H'",
                "[{'action': 'csat'}]"))).idleFor());
        refused(rule("conversation.idle", "", "[{'action': 'csat'}]"), "idleFor", "is required with on = conversation.idle");
        refused(rule("message.received", ", 'idleFor': 'PT48H'", "[{'action': 'csat'}]"), "idleFor",
                "only allowed with on = conversation.idle");
        refused(rule("conversation.idle", ", 'idleFor': '48h'", "[{'action': 'csat'}]"), "idleFor", "not an ISO-8601 duration");
    }

    @Test
    void anUnknownEventOrActionIsNamedWithTheAllowedOnes() {
        refused(rule("message.sent", "", "[{'action': 'csat'}]"), "on", "unknown event 'message.sent'; one of message.received,");
        refused(rule("customer.created", "", "[{'action': 'csat'}]"), "on",
                "automation rules do not act on the event 'customer.created'; one of message.received,");
        refused(rule("message.received", "", "[{'action': 'csat'}, {'action': 'tag', 'tags': ['a']}, {'action': 'delete'}]"),
                "do[2].action", "unknown action 'delete'; one of assign, tag, priority, status, note, reply, replyWithArticles, csat, escalate, webhook");
        refused(rule("message.received", "", "[{'to': 'alice'}]"), "do[0].action", "is required; one of assign");
    }

    @Test
    void aReplyWithArticlesIsChecked() {
        refusedAction("{'action': 'replyWithArticles', 'max': 0}", "do[0].max", "from 1 to 3");
        refusedAction("{'action': 'replyWithArticles', 'max': 4}", "do[0].max", "from 1 to 3");
        refusedAction("{'action': 'replyWithArticles', 'max': '2'}", "do[0].max", "whole number");
        refusedAction("{'action': 'replyWithArticles', 'max': 1.5}", "do[0].max", "whole number");
        refusedAction("{'action': 'replyWithArticles', 'text': 'Hi {{agent.nickname}}'}", "do[0].text",
                "unknown placeholder {{agent.nickname}}");
        refusedAction("{'action': 'replyWithArticles', 'text': ' '}", "do[0].text", "must not be blank");
        refusedAction("{'action': 'replyWithArticles', 'channel': 'FAX'}", "do[0].channel", "not a channel");
        refusedAction("{'action': 'replyWithArticles', 'limit': 2}", "do[0].limit", "unknown key 'limit'; allowed: action, channel, max, text");
    }

    private static void refusedAction(String action, String field, String messagePart) {
        refused(rule("message.received", "", "[" + action + "]"), field, messagePart);
    }

    @Test
    void everyActionIsChecked() {
        refused(rule("message.received", "", "[]"), "do", "at least one action");
        refused("{'name': 'x', 'position': 0, 'on': 'message.received'}", "do", "at least one action");
        refused(rule("message.received", "", "[{'action': 'assign', 'to': 'alice', 'queue': 'finance'}]"), "do[0].to", "either");
        refused(rule("message.received", "", "[{'action': 'assign'}]"), "do[0].to", "either");
        refused(rule("message.received", "", "[{'action': 'tag', 'tags': []}]"), "do[0].tags", "at least one tag");
        refused(rule("message.received", "", "[{'action': 'priority', 'value': 0}]"), "do[0].value", "from 1 to 4");
        refused(rule("message.received", "", "[{'action': 'status', 'value': 'SNOOZED'}]"), "do[0].value", "one of OPEN, PENDING, RESOLVED");
        refused(rule("message.received", "", "[{'action': 'note'}]"), "do[0].text", "is required");
        refused(rule("message.received", "", "[{'action': 'reply', 'text': 'Hi {{customer.nickname}}'}]"), "do[0].text",
                "unknown placeholder {{customer.nickname}}");
        refused(rule("message.received", "", "[{'action': 'reply', 'text': 'Hi', 'channel': 'FAX'}]"), "do[0].channel", "not a channel");
        refused(rule("message.received", "", "[{'action': 'escalate', 'reason': 'why'}]"), "do[0].team", "is required");
        refused(rule("message.received", "", "[{'action': 'webhook', 'url': '/hooks', 'secret': 's'}]"), "do[0].url", "absolute http or https");
        refused(rule("message.received", "", "[{'action': 'webhook', 'url': 'ftp://example.com/x', 'secret': 's'}]"), "do[0].url", "absolute http");
        refused(rule("message.received", "", "[{'action': 'webhook', 'url': 'https://example.com/x'}]"), "do[0].secret", "is required");
        refused(rule("message.received", "", "[{'action': 'csat', 'score': 5}]"), "do[0].score", "unknown key 'score'; allowed: action");
        refused(rule("message.received", "", "['csat']"), "do[0]", "must be a JSON object");
    }
}
