package io.threadline.it;

import io.threadline.it.browser.Axe;
import io.threadline.it.browser.Browser;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import jakarta.json.JsonObject;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ada's dead letters page: every queue's failed messages, the replies waiting too long (one of them handed to Meta
 * without an answer, so not confirmed), the ERP's waiting orders.
 */
@RunAsClient
class DeadLettersBrowserIT extends ContainerTest {

    @Test
    void theAdminSeesEveryQueueAndTheRepliesWaitingTooLong() {
        Api ada = Api.as(base, "ada");
        Replies replies = new Replies(base, Api.as(base, "alice"));
        try (FakeProvider meta = FakeProvider.meta().thenAfter(Duration.ofSeconds(3), 200, "{\"message_id\": \"m_late\"}");
             Browser browser = new Browser()) {
            Replies.Conversation c = replies.startedOn("INSTAGRAM", "igsid-" + Messages.unique(), null);
            long unanswered = replies.reply(c.id(), "INSTAGRAM", "Back in stock " + Messages.unique()).getJsonNumber("entryId").longValue();
            Eventually.get("the unanswered reply among those waiting", Duration.ofSeconds(30), () ->
                    ada.get("/api/v1/admin/stuck-replies").array().getValuesAs(JsonObject.class).stream()
                            .filter(r -> r.getJsonNumber("entryId").longValue() == unanswered && r.containsKey("attemptedAt")).findFirst());

            WebDriver page = browser.driver();
            page.get(base + "admin/dead-letters.xhtml");
            browser.signIn("ada");
            browser.waiting().until(ExpectedConditions.titleContains("Dead letters"));
            assertEquals(List.of("Inbound messages that could not be processed", "ERP and store messages that could not be processed",
                            "Replies that could not be processed", "Automation webhooks that could not be processed",
                            "Replies waiting to go out", "ERP orders waiting for their customer"),
                    page.findElements(By.cssSelector("main h1")).stream().map(WebElement::getText).toList());
            assertEquals(List.of(), Axe.seriousViolations(page), "dead letters page");
            browser.screenshot("dead-letters");

            WebElement row = page.findElement(By.xpath("//button[@aria-label='Send reply " + unanswered + " again']/ancestor::tr"));
            assertTrue(row.getText().contains("Handed to the provider, not confirmed (last checked"), row.getText());
            assertTrue(row.getText().contains("Meta did not answer"), row.getText());
            ((JavascriptExecutor) page).executeScript("arguments[0].scrollIntoView()", row);
            browser.screenshot("dead-letters-stuck-replies");
        }
    }
}
