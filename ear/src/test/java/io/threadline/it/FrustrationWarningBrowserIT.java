package io.threadline.it;

import io.threadline.it.browser.Axe;
import io.threadline.it.browser.Browser;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A customer writes three times, each angrier than the last: the agent opening the conversation sees that the
 * frustration is rising, how the urgency climbed, and escalates with one click to the team the warning offers; the
 * escalation says why on the timeline and the conversation waits in the team's queue.
 */
@RunAsClient
class FrustrationWarningBrowserIT extends ContainerTest {

    @Test
    void theAgentSeesTheClimbAndEscalatesInOneClick() {
        String run = Messages.unique();
        String team = "care-" + run;
        try (Configuration configuration = new Configuration(base)) {
            configuration.create("queues", "{\"name\": \"" + team + "\", \"team\": \"" + team + "\"}");
            String phone = Messages.uniquePhone();
            Api erp = Api.as(base, "erp");
            Timeline timeline = new Timeline(Api.as(base, "alice"));
            List<String> texts = List.of("Where is my parcel?", "The export is not working, please have a look.",
                    "This is UNACCEPTABLE!!! I want a refund NOW, third time I write");
            for (int i = 0; i < texts.size(); i++) {
                Api.Reply sent = erp.post("/api/v1/messages", Messages.canonical("SMS", "SM-" + run + "-" + i, phone, null, texts.get(i), null));
                assertEquals(202, sent.status(), sent.body());
                timeline.customerWith(phone);
            }
            long customer = timeline.customerWith(phone).getJsonNumber("id").longValue();
            List<JsonObject> messages = texts.stream().map(text -> timeline.entryWithText(customer, text)).toList();
            List<Integer> urgencies = messages.stream().map(m -> m.getInt("urgency")).toList();
            assertTrue(urgencies.get(2) >= 60 && urgencies.get(2) - Math.min(urgencies.get(0), urgencies.get(1)) >= 30,
                    "the texts read as a climb: " + urgencies);
            long conversation = messages.get(2).getJsonNumber("conversationId").longValue();
            assertEquals(1, messages.stream().map(m -> m.getJsonNumber("conversationId").longValue()).distinct().count());
            int calmest = urgencies.get(0) < urgencies.get(1) ? 0 : 1;
            String climb = "urgency " + urgencies.subList(calmest, 3).stream().map(String::valueOf).collect(Collectors.joining(" → "));

            try (Browser alice = new Browser()) {
                WebDriver page = alice.driver();
                page.get(base + "agent/conversation.xhtml?id=" + conversation);
                alice.signIn("alice");
                WebElement warning = alice.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".frustration-warning")));
                assertTrue(warning.getText().startsWith("Frustration rising:"), warning.getText());
                assertTrue(warning.getText().contains("'s messages climbed to " + climb + "."), warning.getText());
                assertEquals(List.of(), Axe.seriousViolations(page), "the conversation page with the warning");
                alice.screenshot("frustration-warning");

                alice.choose("actions:frustrationTeam", team);
                page.findElement(By.id("actions:escalateFrustration")).click();
                alice.waiting().until(d -> d.getPageSource().contains("Escalated to " + team));
                assertTrue(page.findElement(By.cssSelector(".frustration-warning")).getText()
                        .contains("It waits with " + team + " already."), "no second escalation offered");
            }
            JsonObject escalated = Api.as(base, "alice").get("/api/v1/conversations/" + conversation).object();
            assertEquals(team, escalated.getString("queue"), "it waits in the team's queue");
            timeline.entryWithText(customer, "alice escalated it to " + team + ": Frustration rising: " + climb);
        }
    }
}
