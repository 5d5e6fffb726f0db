package io.threadline.it;

import io.threadline.it.browser.Axe;
import io.threadline.it.browser.Browser;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * axe-core finds no serious or critical WCAG 2.1 A/AA violation on the sign-in page, the inbox (with the notifications
 * list open), a conversation, and the shortcuts overlay. The customer's conversation ends with a teammate's note that
 * mentions alice: an inbox row whose latest entry is a note once broke off the page with the server's error page in
 * it, whose style turned every link red.
 */
@RunAsClient
class AccessibilityBrowserIT extends ContainerTest {

    @Test
    void theWorkspacePagesPassAxe() {
        String phone = Messages.uniquePhone();
        String text = "Is the store open on Sunday? " + Messages.unique();
        Api.as(base, "erp").post("/api/v1/messages", Messages.canonical("SMS", "in-" + Messages.unique(), phone,
                "Ines Duarte", text, null));
        Timeline timeline = new Timeline(Api.as(base, "alice"));
        long customer = timeline.customerWith(phone).getJsonNumber("id").longValue();
        long conversation = timeline.entryWithText(customer, text).getJsonNumber("conversationId").longValue();
        Api.as(base, "bob").post("/api/v1/conversations/" + conversation + "/notes", "{\"text\": \"@alice can you answer Ines?\"}");

        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            page.get(base + "agent/inbox.xhtml");
            browser.waiting().until(d -> !d.findElements(By.id("username")).isEmpty());
            assertEquals(List.of(), Axe.seriousViolations(page), "sign-in page");

            browser.signIn("alice");
            browser.waiting().until(ExpectedConditions.titleContains("Inbox"));
            assertEquals(List.of(), Axe.seriousViolations(page), "inbox");
            String linkColors = "return Array.prototype.map.call(document.querySelectorAll('main a'), function (a) {"
                    + " return a.textContent.trim().substring(0, 20) + ' ' + getComputedStyle(a).color; }).join(', ');";
            Object before = ((JavascriptExecutor) page).executeScript(linkColors);
            page.findElement(By.id("notificationsToggle")).click();
            browser.waiting().until(d -> d.findElement(By.cssSelector(".notifications-panel")).isDisplayed());
            assertEquals(before, ((JavascriptExecutor) page).executeScript(linkColors), "the page's links keep their colours");
            assertEquals(List.of(), Axe.seriousViolations(page), "inbox with the notifications list open");

            page.get(base + "agent/conversation.xhtml?id=" + conversation);
            browser.waiting().until(ExpectedConditions.titleContains("Ines Duarte"));
            assertEquals(List.of(), Axe.seriousViolations(page), "conversation");
            Object linksBefore = ((JavascriptExecutor) page).executeScript(linkColors);
            page.findElement(By.id("notificationsToggle")).click();
            browser.waiting().until(d -> d.findElement(By.cssSelector(".notifications-panel")).isDisplayed());
            assertEquals(linksBefore, ((JavascriptExecutor) page).executeScript(linkColors), "the page's links keep their colours");
            page.findElement(By.id("notificationsToggle")).click();
            page.findElement(By.id("shortcutsLink")).click();
            browser.waiting().until(d -> d.findElement(By.cssSelector(".shortcuts-help")).isDisplayed());
            assertEquals(List.of(), Axe.seriousViolations(page), "shortcuts overlay");
        }
    }
}
