package io.threadline.it;

import io.threadline.it.browser.Browser;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workspace without a mouse: alice signs in with the keyboard, opens a bookmarked inbox address (view and filter)
 * that reloads to the same list, reads the shortcuts overlay, opens a conversation with j and Enter, merges it into
 * the customer's older conversation from the toolbar after reading the preview, replies (r, Ctrl+Enter), writes a
 * note (i), resolves (e) and takes the next conversation (n). Every step is a key press.
 */
@RunAsClient
class KeyboardBrowserIT extends ContainerTest {

    @Test
    void anAgentWorksAConversationWithTheKeyboardAlone() {
        String run = Messages.unique();
        String kim = "Kim Nakamura " + run;
        String email = "kim." + run + "@example.com";
        String phone = Messages.uniquePhone();
        String tag = "kbd" + run;
        Api erp = Api.as(base, "erp");
        Api alice = Api.as(base, "alice");
        Timeline timeline = new Timeline(alice);
        erp.post("/api/v1/messages", Messages.canonical("EMAIL", "<" + run + "@mail.example.com>", email, kim,
                "Order 4411 has not arrived", Instant.now().minus(Duration.ofDays(10)).toString())
                .replace("\"text\"", "\"subject\":\"Order 4411 late\",\"text\""));
        long customer = timeline.customerWith(email).getJsonNumber("id").longValue();
        long older = timeline.entryWithText(customer, "Order 4411 has not arrived").getJsonNumber("conversationId").longValue();
        alice.post("/api/v1/customers/" + customer + "/identities", "{\"type\": \"PHONE\", \"value\": \"" + phone + "\"}");
        String text = "Still no parcel for 4411 " + run;
        erp.post("/api/v1/messages", Messages.canonical("SMS", "SM" + run, phone, null, text, null));
        long newer = timeline.entryWithText(customer, text).getJsonNumber("conversationId").longValue();
        assertTrue(newer != older, "the SMS opened a second conversation");
        assertEquals(200, alice.put("/api/v1/conversations/" + newer + "/tags/" + tag, "").status());
        erp.post("/api/v1/messages", Messages.canonical("SMS", "SM" + run + "n", Messages.uniquePhone(), "Nils Berg " + run,
                "Waiting in the queue", null));

        try (FakeProvider twilio = FakeProvider.twilio(); Browser browser = new Browser()) {
            try {
                work(browser, kim, tag, text, older, newer, run);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("keyboard-failure");
                throw e;
            }
        }
    }

    /** Alice's morning, key by key: {@code newer} (tagged {@code tag}) is merged into {@code older}, then worked there. */
    private void work(Browser browser, String kim, String tag, String text, long older, long newer, String run) {
        WebDriver page = browser.driver();
        page.get(base + "agent/inbox.xhtml");
        browser.waiting().until(d -> !d.findElements(By.id("username")).isEmpty());
        keys(page, "alice", Keys.TAB, "threadline", Keys.ENTER);
        browser.waiting().until(ExpectedConditions.titleContains("Inbox"));

        String bookmark = base + "agent/inbox.xhtml?view=unassigned&tag=" + tag;
        page.get(bookmark);
        browser.waiting().until(d -> rowTexts(d).size() == 1 && rowTexts(d).get(0).contains(kim));
        page.navigate().refresh();
        browser.waiting().until(d -> rowTexts(d).size() == 1 && rowTexts(d).get(0).contains(kim));
        assertEquals(tag, page.findElement(By.id("inbox:tag_label")).getText(), "the filter is kept on reload");
        assertTrue(page.findElement(By.cssSelector(".views a.current")).getText().contains("Unassigned"));
        browser.choose("inbox:channel", "EMAIL");
        browser.waiting().until(d -> d.getCurrentUrl().contains("channel=EMAIL") && d.getCurrentUrl().contains("tag=" + tag));
        page.navigate().back();
        browser.waiting().until(d -> d.getCurrentUrl().equals(bookmark) && "Any".equals(d.findElement(By.id("inbox:channel_label")).getText()));

        keys(page, "?");
        WebElement help = browser.waiting().until(d -> d.findElements(By.cssSelector(".shortcuts-help")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertTrue(help.getText().contains("Take the next conversation waiting in the queue"), help.getText());
        assertTrue(help.getText().contains("Resolve the conversation"), help.getText());
        assertTrue(focused(page).contains("shortcutsHelp"), "the focus is in the overlay: " + focused(page));
        browser.screenshot("shortcuts-help");
        keys(page, Keys.ESCAPE);
        browser.waiting().until(d -> !d.findElement(By.cssSelector(".shortcuts-help")).isDisplayed());

        keys(page, "j");
        browser.waiting().until(d -> !d.findElements(By.cssSelector(".conversations tr.kb-current")).isEmpty());
        keys(page, Keys.ENTER);
        browser.waiting().until(ExpectedConditions.titleContains(kim));
        assertTrue(page.getCurrentUrl().endsWith("id=" + newer), page.getCurrentUrl());

        keys(page, "m");
        browser.waiting().until(d -> focused(d).contains("mergeTarget"));
        keys(page, Keys.ARROW_DOWN);
        WebElement preview = browser.waiting().until(d -> d.findElements(By.cssSelector(".merge-preview")).stream()
                .filter(p -> p.getText().contains("into #" + older)).findFirst().orElse(null));
        assertTrue(preview.getText().contains("this conversation is closed as merged"), preview.getText());
        browser.screenshot("conversation-merge-preview");
        keys(page, Keys.TAB);
        browser.waiting().until(d -> "actions:merge".equals(d.switchTo().activeElement().getAttribute("id")));
        keys(page, Keys.ENTER);
        browser.waiting().until(d -> d.getCurrentUrl().endsWith("id=" + older));
        waitForSystemEntry(browser, "alice merged conversation #" + newer + " into this one");
        assertTrue(page.findElements(By.cssSelector(".timeline .entry.this-conversation")).stream()
                .anyMatch(e -> e.getText().contains(text)), "the merged conversation's message is in this one now");

        keys(page, "r");
        browser.waiting().until(d -> "reply:text".equals(d.switchTo().activeElement().getAttribute("id")));
        keys(page, "A new parcel goes out today " + run);
        ctrlEnter(page);
        browser.waiting().until(d -> d.findElements(By.cssSelector(".timeline .entry.outbound")).stream()
                .anyMatch(e -> e.getText().contains("A new parcel goes out today " + run)));

        keys(page, "i");
        browser.waiting().until(d -> "teamwork:note".equals(d.switchTo().activeElement().getAttribute("id")));
        keys(page, "Sent a new parcel " + run);
        ctrlEnter(page);
        browser.waiting().until(d -> d.findElements(By.cssSelector(".timeline .entry.note")).stream()
                .anyMatch(e -> e.getText().contains("Sent a new parcel " + run)));

        keys(page, "e");
        waitForSystemEntry(browser, "alice resolved the conversation");

        keys(page, "n");
        browser.waiting().until(d -> !d.getCurrentUrl().endsWith("id=" + older) && d.getTitle().contains("·")
                && !d.getTitle().contains(kim));
        waitForSystemEntry(browser, "alice took the conversation from the default queue");

        keys(page, "g", "i");
        browser.waiting().until(ExpectedConditions.titleContains("Inbox"));
        page.get(base + "agent/conversation.xhtml?id=" + newer);
        WebElement banner = browser.waiting().until(d -> d.findElements(By.cssSelector(".merged-banner")).stream()
                .findFirst().orElse(null));
        assertTrue(banner.getText().contains("Merged into #" + older), banner.getText());
        assertTrue(page.findElements(By.id("actions:resolve")).isEmpty(), "no actions on a merged conversation");
        assertTrue(page.findElements(By.id("reply:text")).isEmpty(), "no reply box on a merged conversation");
        assertTrue(page.findElements(By.id("teamwork:note")).isEmpty(), "no note box on a merged conversation");
    }

    /** Key presses sent to whatever has the focus, as a person types them. */
    private static void keys(WebDriver page, CharSequence... keys) {
        new Actions(page).sendKeys(keys).perform();
    }

    private static void ctrlEnter(WebDriver page) {
        new Actions(page).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
    }

    private static String focused(WebDriver page) {
        return (String) ((JavascriptExecutor) page).executeScript(
                "var e = document.activeElement; var path = []; while (e) { if (e.id) path.push(e.id); e = e.parentElement; } return path.join(' ');");
    }

    private static List<String> rowTexts(WebDriver page) {
        return page.findElements(By.cssSelector(".conversations tbody tr")).stream()
                .filter(r -> !r.findElements(By.cssSelector("a.customer")).isEmpty()).map(WebElement::getText).toList();
    }

    private static void waitForSystemEntry(Browser browser, String text) {
        ((WebDriverWait) browser.waiting().ignoring(StaleElementReferenceException.class)).until(d ->
                d.findElements(By.cssSelector(".timeline .entry.system")).stream().anyMatch(e -> e.getText().contains(text)));
    }
}
