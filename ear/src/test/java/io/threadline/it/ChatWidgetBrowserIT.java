package io.threadline.it;

import io.threadline.it.browser.Browser;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A visitor on a shop's page opens the chat widget in a real browser, introduces herself, writes (with markup that
 * must stay text), reads the help article the bot offers, asks for a person, and sees the agent's reply arrive live;
 * the agent finds the chat on her customer's timeline with what the bot showed her. Another visitor's question is
 * answered by an article alone.
 */
@RunAsClient
class ChatWidgetBrowserIT extends ContainerTest {

    @Test
    void aVisitorChatsThroughTheWidgetAndSeesTheAgentsReplyLive() {
        String email = "dana." + Messages.unique() + "@example.com";
        String word = "crumple" + Messages.unique().toLowerCase().replaceAll("[^a-z]", "");
        String title = publishedArticle("Parcels that arrive " + word, "Photograph the **" + word + "** box and keep it.");
        String question = "My order 5521 arrived " + word + " <img src=x onerror=alert(1)> <script>alert(2)</script>";
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

            WebElement suggested = browser.waiting().until(d -> widget.findElements(By.cssSelector(".bot .article-title"))
                    .stream().filter(b -> b.getText().equals(title)).findFirst().orElse(null));
            suggested.click();
            WebElement body = widget.findElement(By.cssSelector("#" + suggested.getAttribute("aria-controls")));
            assertEquals(word, body.findElement(By.tagName("strong")).getText(), "the article reads in the widget");
            browser.screenshot("chat-bot-suggestions");
            widget.findElement(By.cssSelector(".bot button.person")).click();
            browser.waiting().until(d -> widget.findElements(By.cssSelector(".line.notice")).stream()
                    .anyMatch(n -> n.getText().startsWith("A person will answer here.")));
            assertTrue(widget.findElements(By.cssSelector(".bot .choices")).isEmpty(), "the choices are gone");

            Api alice = Api.as(base, "alice");
            Timeline timeline = new Timeline(alice);
            JsonObject customer = timeline.customerWith(email);
            assertEquals("Dana Reyes", customer.getString("name"));
            long customerId = customer.getJsonNumber("id").longValue();
            JsonObject message = timeline.entryWithText(customerId, question);
            assertEquals("CHAT", message.getString("channel"));
            JsonObject note = Eventually.get("the bot's note", Duration.ofSeconds(30), () -> timeline.entriesOf(customerId).stream()
                    .filter(e -> e.getString("text", "").startsWith("Before asking for a person, the visitor was shown ")
                            && e.getString("text").contains("“" + title + "”")).findFirst());
            assertEquals("SYSTEM", note.getString("type"), note.toString());
            assertEquals(message.getJsonNumber("conversationId"), note.getJsonNumber("conversationId"), "on the same conversation");
            Api.Reply reply = alice.post("/api/v1/conversations/" + message.getJsonNumber("conversationId") + "/replies",
                    "{\"channel\": \"CHAT\", \"text\": \"So sorry, Dana! A replacement ships today.\"}");
            assertEquals(202, reply.status(), reply.body());

            WebElement answer = browser.waiting().until(d -> lineWith(widget, "agent", "So sorry, Dana! A replacement ships today."));
            assertTrue(answer.getText().contains("alice"), "the agent's name shows with the reply: " + answer.getText());
            assertTrue(widget.findElements(By.cssSelector(".log img, .log script")).isEmpty(), "markup stayed text");
            browser.screenshot("chat-widget");
        }
    }

    @Test
    void aVisitorWhomAnArticleAnswersNeedsNoPerson() {
        String word = "wimble" + Messages.unique().toLowerCase().replaceAll("[^a-z]", "");
        String title = publishedArticle("Gift cards and " + word, "A gift card never expires and works for " + word + ".");
        try (Browser browser = new Browser()) {
            SearchContext widget = askWithoutTheForm(browser, "Do gift cards for " + word + " expire?");

            browser.waiting().until(d -> widget.findElements(By.cssSelector(".bot .article-title")).stream()
                    .anyMatch(b -> b.getText().equals(title)));
            widget.findElement(By.cssSelector(".bot button.answered")).click();
            browser.waiting().until(d -> widget.findElements(By.cssSelector(".line.notice")).stream()
                    .anyMatch(n -> n.getText().startsWith("Glad that helped!")));
            assertEquals(0, Api.as(base, "alice").get("/api/v1/search?q=" + word).object().getJsonObject("messages")
                    .getJsonArray("hits").size(), "no message reached an agent");
        }
    }

    @Test
    void outsideTheChatsHoursAVisitorLeavesHerEmailToBeAnsweredThere() {
        String email = "ines." + Messages.unique() + "@example.com";
        String word = "zorble" + Messages.unique().toLowerCase().replaceAll("[^a-z]", "");
        try (Configuration configuration = new Configuration(base); Browser browser = new Browser()) {
            Instant opens = configuration.createCalendarClosedUntilTheDayAfterTomorrow("Live chat");
            SearchContext widget = askWithoutTheForm(browser, word + "?");

            WebElement away = browser.waiting().until(d -> shown(widget, ".bot.away"));
            String weekday = opens.atZone(ZoneId.systemDefault()).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            assertTrue(away.getText().startsWith("Nobody is here right now. A person will answer from " + weekday), away.getText());
            away.findElement(By.cssSelector("#threadline-chat-follow-up")).sendKeys(email);
            browser.screenshot("chat-away");
            away.findElement(By.cssSelector("form.follow-up button.primary")).click();
            browser.waiting().until(d -> widget.findElements(By.cssSelector(".line.notice")).stream()
                    .anyMatch(n -> n.getText().equals("We\u2019ll answer at " + email + ".")));

            Timeline timeline = new Timeline(Api.as(base, "alice"));
            long customerId = timeline.customerWith(email).getJsonNumber("id").longValue();
            JsonObject question = timeline.entryWithText(customerId, word + "?");
            JsonObject byEmail = timeline.entryWithText(customerId, "Please answer me by email at " + email + ".");
            assertEquals(question.getJsonNumber("conversationId"), byEmail.getJsonNumber("conversationId"),
                    "the agent reads both on the chat's conversation, and the customer has the email to answer on");
        }
    }

    /** Opens the demo page's chat, skips the pre-chat form and sends {@code question}; the widget. */
    private SearchContext askWithoutTheForm(Browser browser, String question) {
        browser.driver().get(base + "chat/demo.html");
        SearchContext widget = browser.waiting().until(d -> d.findElement(By.cssSelector("div.threadline-chat")).getShadowRoot());
        widget.findElement(By.cssSelector("button.launcher")).click();
        browser.waiting().until(d -> shown(widget, "#threadline-chat-name"));
        widget.findElement(By.cssSelector("form.form button.secondary")).click();
        browser.waiting().until(d -> shown(widget, "#threadline-chat-text")).sendKeys(question);
        widget.findElement(By.cssSelector("form.composer button.primary")).click();
        return widget;
    }

    /** An article the bot can find by its title; its title. */
    private String publishedArticle(String title, String body) {
        Api sam = Api.as(base, "sam");
        Api.Reply saved = sam.post("/api/v1/knowledge/articles", """
                {"title": "%s", "body": "%s", "language": "en", "category": "Orders", "status": "published"}"""
                .formatted(title, body));
        assertEquals(201, saved.status(), saved.body());
        long id = saved.object().getJsonNumber("id").longValue();
        HelpArticles.awaitFound(base, title.substring(title.lastIndexOf(' ') + 1), "en", id);
        return title;
    }

    private static WebElement shown(SearchContext widget, String css) {
        return widget.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
    }

    private static WebElement lineWith(SearchContext widget, String from, String text) {
        return widget.findElements(By.cssSelector(".line." + from)).stream()
                .filter(line -> line.getText().contains(text)).findFirst().orElse(null);
    }
}
