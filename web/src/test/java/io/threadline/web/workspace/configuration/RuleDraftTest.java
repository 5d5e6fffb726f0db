package io.threadline.web.workspace.configuration;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RuleDraftTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void aRoutingRuleGoesThroughTheFormUnchanged() {
        JsonObject rule = json("{\"name\":\"Refunds\",\"position\":10,\"enabled\":false,"
                + "\"when\":{\"all\":[{\"field\":\"text\",\"op\":\"containsWord\",\"value\":[\"refund\",\"money back\"]},"
                + "{\"field\":\"urgency\",\"op\":\"gte\",\"value\":70}],\"any\":[{\"field\":\"channel\",\"op\":\"in\",\"value\":[\"SMS\"]}]},"
                + "\"then\":{\"queue\":\"finance\",\"priority\":1,\"tags\":[\"billing\"],\"skills\":[]},\"continue\":true}");

        JsonObject edited = RuleDraft.of(rule, new RoutingActionsForm()).toJson();

        assertEquals(rule.getJsonObject("when"), edited.getJsonObject("when"));
        assertEquals(rule.getJsonObject("then"), edited.getJsonObject("then"));
        assertEquals(rule.get("position"), edited.get("position"));
        assertEquals(false, edited.getBoolean("enabled"));
        assertEquals(true, edited.getBoolean("continue"));
    }

    @Test
    void anAutomationRuleKeepsItsActionsAndTheirFields() {
        JsonObject rule = json("{\"name\":\"Idle\",\"position\":1,\"enabled\":true,\"when\":{},\"on\":\"conversation.idle\","
                + "\"idleFor\":\"PT48H\",\"do\":[{\"action\":\"tag\",\"tags\":[\"stale\",\"idle\"]},{\"action\":\"priority\",\"value\":2},"
                + "{\"action\":\"csat\"},{\"action\":\"replyWithArticles\",\"text\":\"Hi {{customer.firstName}}, 42 tips:\","
                + "\"max\":2,\"channel\":\"EMAIL\"}]}");

        assertEquals(rule, RuleDraft.of(rule, new AutomationForm()).toJson());
    }

    @Test
    void conditionsAreSummedUpInOneLine() {
        JsonObject when = json("{\"all\":[{\"field\":\"text\",\"op\":\"containsWord\",\"value\":\"refund\"}],"
                + "\"any\":[{\"field\":\"channel\",\"op\":\"is\",\"value\":\"SMS\"},{\"field\":\"channel\",\"op\":\"is\",\"value\":\"EMAIL\"}]}");

        assertEquals("text containsWord refund; any of: channel is SMS, channel is EMAIL", ConditionRows.summary(when));
        assertEquals("always", ConditionRows.summary(null));
    }
}
