package io.threadline.it;

import io.threadline.it.browser.Axe;
import io.threadline.it.browser.Browser;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A customer on a phone in the public help center, without signing in: the topics of their language, a search with
 * the words marked, the article, and the same article in German by the language switch.
 */
@RunAsClient
class HelpCenterBrowserIT extends ContainerTest {

    @Test
    void aReaderBrowsesSearchesReadsAndSwitchesLanguageOnAPhone() {
        String word = "quibble" + Messages.unique().toLowerCase().replaceAll("[^a-z]", "") + "ket"; // a plural the stemmer knows
        String category = "Returns " + word;
        Api sam = Api.as(base, "sam");
        JsonObject english = sam.post("/api/v1/knowledge/articles", """
                {"title": "Returning a %1$s", "body": "Print the **label** and send the %1$s back within [30 days](https://shop.example.com/returns).\\n\\n<script>alert(1)</script>",
                 "language": "en", "category": "%2$s", "status": "published"}""".formatted(word, category)).object();
        long englishId = english.getJsonNumber("id").longValue();
        JsonObject german = Api.as(base, "ada").post("/api/v1/knowledge/articles", """
                {"title": "Rücksendung %1$s", "body": "Schicken Sie es innerhalb von 30 Tagen zurück.", "language": "de",
                 "category": "Rücksendungen %1$s", "status": "published", "translationOf": %2$d}""".formatted(word, englishId)).object();
        long draft = sam.post("/api/v1/knowledge/articles", """
                {"title": "Secret %1$s", "body": "Not yet.", "language": "en", "category": "%2$s", "status": "draft"}"""
                .formatted(word, category)).object().getJsonNumber("id").longValue();
        HelpArticles.awaitFound(base, word, "en", englishId);

        try (Browser reader = new Browser()) {
            WebDriver page = reader.driver();
            page.manage().window().setSize(new Dimension(390, 844));
            page.get(base + "help");
            reader.waiting().until(ExpectedConditions.urlMatches(".*/help/en$"));
            WebElement topic = page.findElements(By.cssSelector(".help-category")).stream()
                    .filter(c -> c.findElement(By.tagName("h2")).getText().equals(category)).findFirst().orElseThrow();
            assertEquals(List.of("Returning a " + word), topic.findElements(By.tagName("a")).stream().map(WebElement::getText).toList(),
                    "the published article, not the draft");
            assertEquals(List.of(), Axe.seriousViolations(page), "help center home");
            assertTrue(page.findElement(By.cssSelector("div.threadline-chat")).getShadowRoot()
                    .findElement(By.cssSelector("button.launcher")).getAttribute("aria-label").equals("Open chat: Chat with us"),
                    "the chat launcher");
            reader.screenshot("help-home-phone");

            page.findElement(By.id("q")).sendKeys("returning " + word + "s", Keys.ENTER);
            reader.waiting().until(ExpectedConditions.urlContains("/help/en/search?q="));
            WebElement result = page.findElement(By.cssSelector(".help-results li"));
            assertEquals("Returning a " + word, result.findElement(By.cssSelector(".help-result-title")).getText());
            assertEquals(word, result.findElement(By.cssSelector(".help-snippet mark")).getText().toLowerCase());
            assertEquals(List.of(), Axe.seriousViolations(page), "search results");

            result.findElement(By.cssSelector(".help-result-title")).click();
            reader.waiting().until(ExpectedConditions.urlContains("/help/en/articles/" + englishId + "-returning-a-" + word));
            assertEquals("Returning a " + word, page.findElement(By.tagName("h1")).getText());
            assertEquals("label", page.findElement(By.cssSelector(".help-body strong")).getText());
            assertEquals("nofollow noopener noreferrer", page.findElement(By.cssSelector(".help-body a")).getAttribute("rel"));
            assertTrue(page.findElements(By.cssSelector(".help-body script")).isEmpty(), "no script from the article");
            assertEquals(List.of(), Axe.seriousViolations(page), "article");
            reader.screenshot("help-article-phone");

            page.findElement(By.cssSelector(".help-feedback button[value=yes]")).click();
            reader.waiting().until(ExpectedConditions.urlContains("?feedback=thanks"));
            assertEquals("Thank you for your feedback.", page.findElement(By.cssSelector(".help-feedback[role=status]")).getText());
            assertEquals(1, sam.get("/api/v1/knowledge/articles/" + englishId).object().getInt("helpfulYes"), "counted once");

            page.findElement(By.cssSelector(".help-languages a[hreflang=de]")).click();
            reader.waiting().until(ExpectedConditions.urlContains("/help/de/articles/" + german.getJsonNumber("id")));
            assertEquals("Rücksendung " + word, page.findElement(By.tagName("h1")).getText());
            assertEquals("de", page.findElement(By.tagName("html")).getAttribute("lang"));
            assertTrue(page.findElement(By.cssSelector(".help-translations")).getText().startsWith("Auch auf"));
            SearchContext chat = page.findElement(By.cssSelector("div.threadline-chat")).getShadowRoot();
            WebElement launcher = chat.findElement(By.cssSelector("button.launcher"));
            assertEquals("Chat öffnen: Chat mit uns", launcher.getAttribute("aria-label"), "the widget speaks the page's language");
            launcher.click();
            WebElement skip = reader.waiting().until(d -> chat.findElements(By.cssSelector("form.form button.secondary")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null));
            assertEquals("Überspringen", skip.getText());
            assertEquals("Nachricht schreiben…", chat.findElement(By.cssSelector("#threadline-chat-text")).getAttribute("placeholder"));
        }

        Api anonymous = Api.as(base, null);
        Api.Reply old = anonymous.fromBrowser("GET", "/help/en/articles/" + englishId + "-an-old-title", Map.of());
        assertEquals(301, old.status(), "an old address is sent on");
        assertTrue(old.location().endsWith("/help/en/articles/" + englishId + "-returning-a-" + word), old.location());
        assertEquals(404, anonymous.fromBrowser("GET", "/help/en/articles/" + draft, Map.of()).status(), "a draft is not public");
        assertEquals(404, anonymous.fromBrowser("GET", "/help/en/nothing-here", Map.of()).status());
        Api.Reply tooLong = anonymous.fromBrowser("GET", "/help/en/search?q="
                + URLEncoder.encode("word ".repeat(50), StandardCharsets.UTF_8), Map.of());
        assertEquals(400, tooLong.status());
        assertTrue(tooLong.body().contains("at most 200 characters"), tooLong.body());
    }
}
