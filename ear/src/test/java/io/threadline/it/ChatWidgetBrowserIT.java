package io.threadline.it;

import io.threadline.it.browser.Browser;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A visitor on a shop's page opens the chat widget in a real browser, introduces herself, writes (with markup that
 * must stay text), and sees the agent's reply arrive live; the agent finds the chat on her customer's timeline.
 */
@RunAsClient
class ChatWidgetBrowserIT extends ContainerTest {

    @Test
    void aVisitorChatsThroughTheWidgetAndSeesTheAgentsReplyLive() {
        String email = "dana." + Messages.unique() + "@example.com";
        String question = "My order 5521 arrived damaged <img src=x onerror=alert(1)> <script>alert(2)</script>";
        try (Browser browser = new Browser()) {
            browser.driver().get(base + "chat/demo.html");
            SearchContext widget = browser.waiting().until(d -> d.findElement(By.cssSelector("div.threadline-chat")).getShadowRoot());
            widget.findElement(By.cssSelector("button.launcher")).click();

            WebElement emailInput = browser.waiting().until(d -> shown(widget, "#threadline-chat-email"));
            widget.findElement(By.cssSelector("#threadline-chat-name")).sendKeys("Dana Reyes");
            emailInput.sendKeys(email);
            widget.findElement(By.cssSelector("form.form button.primary")).click();
            WebElement text = browser.waiting().until(d -> shown(widget, "#threadline-chat-text"));
            text.sendKeys(question);
            widget.findElement(By.cssSelector("form.composer button.primary")).click();
            browser.waiting().until(d -> lineWith(widget, "visitor", question) != null);

            Api alice = Api.as(base, "alice");
            Timeline timeline = new Timeline(alice);
            JsonObject customer = timeline.customerWith(email);
            assertEquals("Dana Reyes", customer.getString("name"));
            JsonObject message = timeline.entryWithText(customer.getJsonNumber("id").longValue(), question);
            assertEquals("CHAT", message.getString("channel"));
            Api.Reply reply = alice.post("/api/v1/conversations/" + message.getJsonNumber("conversationId") + "/replies",
                    "{\"channel\": \"CHAT\", \"text\": \"So sorry, Dana! A replacement ships today.\"}");
            assertEquals(202, reply.status(), reply.body());

            WebElement answer = browser.waiting().until(d -> lineWith(widget, "agent", "So sorry, Dana! A replacement ships today."));
            assertTrue(answer.getText().contains("alice"), "the agent's name shows with the reply: " + answer.getText());
            assertTrue(widget.findElements(By.cssSelector(".log img, .log script")).isEmpty(), "markup stayed text");
            browser.screenshot("chat-widget");
        }
    }

    private static WebElement shown(SearchContext widget, String css) {
        return widget.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
    }

    private static WebElement lineWith(SearchContext widget, String from, String text) {
        return widget.findElements(By.cssSelector(".line." + from)).stream()
                .filter(line -> line.getText().contains(text)).findFirst().orElse(null);
    }
}
