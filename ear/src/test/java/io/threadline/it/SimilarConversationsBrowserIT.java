package io.threadline.it;

import io.threadline.it.browser.Axe;
import io.threadline.it.browser.Browser;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The suggestions on the conversation page in a real browser: a customer asked about a kettle no other test knows and
 * alice's reply resolved it; when another customer asks the same, alice sees that conversation under "Similar resolved
 * conversations" with its reply, clicks "Insert reply", and the reply box holds the reply for her to edit; nothing is
 * sent. The page passes axe with the panel on it.
 */
@RunAsClient
class SimilarConversationsBrowserIT extends ContainerTest {

    @Test
    void insertReplyPutsTheResolvingReplyIntoTheReplyBoxUnsent() {
        String run = Messages.unique();
        String kettle = "kettlix" + run;
        String reply = "Hold the " + kettle + " power button for five seconds to reset it.\nThen fill it above the MIN mark.";
        SimilarConversations conversations = new SimilarConversations(base);
        Replies.Conversation resolved;
        try (FakeProvider twilio = FakeProvider.twilio()) {
            resolved = conversations.ask("Hana Sato " + run, "My " + kettle + " kettle switches off before the water boils");
            conversations.resolveWith(resolved, reply);
        }
        String customer = "Luis Ortega " + run;
        Replies.Conversation asked = conversations.ask(customer, "The " + kettle + " switches off before boiling, what now?");
        Eventually.get("the resolved conversation suggested", Duration.ofSeconds(30), () -> Optional.of(
                conversations.similarTo(asked.id())).filter(s -> s.stream().anyMatch(c -> SimilarConversations.id(c) == resolved.id())));

        try (Browser alice = new Browser()) {
            WebDriver page = alice.driver();
            page.get(base + "agent/conversation.xhtml?id=" + asked.id());
            alice.signIn("alice");
            alice.waiting().until(ExpectedConditions.titleContains(customer));

            WebElement similar = page.findElement(By.id("similar-" + resolved.id()));
            assertTrue(similar.getText().contains("switches off before the water boils"), similar.getText());
            assertTrue(similar.getText().contains("Hold the " + kettle + " power button"), similar.getText());
            assertTrue(similar.getText().contains("Hana Sato " + run), similar.getText());
            assertEquals(List.of(), Axe.seriousViolations(page), "conversation with suggestions");
            ((JavascriptExecutor) page).executeScript("arguments[0].scrollIntoView({block: 'center'})", similar);
            alice.screenshot("similar-conversations");

            WebElement insert = similar.findElement(By.cssSelector("button.insert-suggestion"));
            assertEquals("Insert reply", insert.getText());
            insert.click();
            WebElement box = page.findElement(By.id("reply:text"));
            alice.waiting().until(d -> reply.equals(box.getAttribute("value")));
            assertEquals("reply:text", page.switchTo().activeElement().getAttribute("id"), "the box has the focus, to edit");
            box.sendKeys(" Kind regards, Alice");
            assertEquals(reply + " Kind regards, Alice", box.getAttribute("value"));
            alice.waiting().until(d -> d.findElement(By.id("reply:draftStatus")).getText().contains("Draft saved"));
            assertTrue(page.findElements(By.cssSelector(".timeline .entry.outbound")).stream()
                    .noneMatch(e -> e.getText().contains("power button for five seconds")), "nothing was sent");
        }
        assertTrue(new Timeline(Api.as(base, "alice")).entriesOf(asked.customer()).stream()
                .noneMatch(e -> "OUTBOUND".equals(e.getString("direction", null))), "no reply on the customer's timeline");
    }
}
