package io.threadline.it;

import io.threadline.it.browser.Browser;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Teamwork in real browsers: alice filters the inbox to the billing queue and takes the next conversation, tags it,
 * writes a note mentioning @bob; bob, in his own browser, sees the unread notification and opens it; alice removes
 * the tag and resolves the conversation, which leaves the inbox; sam, a supervisor, marks a customer VIP and their
 * conversation rises above every normal one.
 */
@RunAsClient
class WorkspaceTeamworkBrowserIT extends ContainerTest {

    @Test
    void takeNextTagNoteWithMentionResolve() {
        String lena = "Lena Fischer " + Messages.unique();
        long conversation = conversationOf(lena);
        Api.Reply escalated = Api.as(base, "sam").post("/api/v1/conversations/" + conversation + "/escalate",
                "{\"team\": \"billing\", \"reason\": \"double charge\"}");
        assertEquals(200, escalated.status(), escalated.body());

        try (Browser alice = new Browser(); Browser bob = new Browser()) {
            WebDriver page = alice.driver();
            signIn(alice, base + "agent/inbox.xhtml", "alice");
            choose(alice, "inbox:queue", "billing");
            waiting(alice).until(d -> !d.findElements(By.id("inbox:clearFilters")).isEmpty());
            waiting(alice).until(d -> rowOf(d, lena).isPresent());
            alice.screenshot("inbox-filters");

            page.findElement(By.id("inbox:takeNext")).click();
            waiting(alice).until(ExpectedConditions.titleContains(lena));
            assertTrue(page.findElement(By.cssSelector(".conversation-header .assignee")).getText().contains("alice"));
            assertTrue(page.findElements(By.id("actions:take")).isEmpty(), "no 'Take it' for the agent who has it");
            waitForSystemEntry(alice, "alice took the conversation from the billing queue");

            page.findElement(By.id("teamwork:newTag")).sendKeys("Refund");
            page.findElement(By.id("teamwork:addTag")).click();
            waiting(alice).until(d -> tagsShown(d).contains("refund"));
            waitForSystemEntry(alice, "alice tagged it refund");

            String note = "@bob can you approve the refund for " + lena + "?";
            page.findElement(By.id("teamwork:note")).sendKeys(note);
            page.findElement(By.id("teamwork:addNote")).click();
            WebElement shown = waiting(alice).until(d -> d.findElements(By.cssSelector(".timeline .entry.note")).stream()
                    .filter(e -> e.getText().contains(note)).findFirst().orElse(null));
            assertTrue(shown.getText().contains("Internal note"), shown.getText());
            assertTrue(page.getPageSource().contains("Notified bob"));

            WebDriver bobsPage = bob.driver();
            signIn(bob, base + "agent/inbox.xhtml", "bob");
            int unread = Integer.parseInt(waiting(bob).until(d -> d.findElements(By.cssSelector(".unread-count")).stream()
                    .findFirst().orElse(null)).getText());
            assertTrue(unread >= 1, "bob has an unread notification");
            bobsPage.findElement(By.id("notificationsToggle")).sendKeys(Keys.ENTER);
            WebElement mention = waiting(bob).until(d -> d.findElements(By.cssSelector(".notification.unread")).stream()
                    .filter(n -> n.getText().contains("alice mentioned you on " + lena)).findFirst().orElse(null));
            assertTrue(mention.getText().contains("can you approve the refund"), mention.getText());
            mention.findElement(By.cssSelector("a")).click();
            waiting(bob).until(ExpectedConditions.titleContains(lena));
            assertTrue(bobsPage.findElements(By.cssSelector(".timeline .entry.note")).stream().anyMatch(e -> e.getText().contains(note)));
            List<WebElement> badge = bobsPage.findElements(By.cssSelector(".unread-count"));
            assertEquals(unread - 1, badge.isEmpty() ? 0 : Integer.parseInt(badge.get(0).getText()), "opening it read it");
            bob.screenshot("notes-and-mentions");

            page.findElement(By.cssSelector(".tag .tag-remove")).click();
            waiting(alice).until(d -> !tagsShown(d).contains("refund"));
            waitForSystemEntry(alice, "alice removed the tag refund");

            page.findElement(By.id("actions:resolve")).click();
            waitForSystemEntry(alice, "alice resolved the conversation");
            page.get(base + "agent/inbox.xhtml?view=all");
            waiting(alice).until(ExpectedConditions.titleContains("Inbox"));
            assertTrue(rowOf(page, lena).isEmpty(), "a resolved conversation leaves the inbox");
        }
    }

    @Test
    void aSupervisorMarksACustomerVipAndTheirConversationGoesToTheTop() {
        String noor = "Noor Rahman " + Messages.unique();
        conversationOf(noor);

        try (Browser sam = new Browser()) {
            WebDriver page = sam.driver();
            signIn(sam, base + "agent/inbox.xhtml?view=all", "sam");
            waiting(sam).until(d -> rowOf(d, noor).isPresent());
            assertTrue(rowOf(page, noor).orElseThrow().getText().contains("P2"));

            rowOf(page, noor).orElseThrow().findElement(By.cssSelector("a.customer")).click();
            waiting(sam).until(ExpectedConditions.titleContains(noor));
            page.findElement(By.id("teamwork:markVip")).click();
            waitForSystemEntry(sam, "sam marked " + noor + " as VIP");
            assertTrue(page.findElement(By.cssSelector(".profile")).getText().contains("VIP"));

            page.get(base + "agent/inbox.xhtml?view=all");
            waiting(sam).until(d -> rowOf(d, noor).isPresent());
            List<String> rows = page.findElements(By.cssSelector(".conversations tbody tr")).stream().map(WebElement::getText).toList();
            int at = rows.indexOf(rowOf(page, noor).orElseThrow().getText());
            assertTrue(rows.get(at).contains("VIP") && rows.get(at).contains("P1"), rows.get(at));
            assertTrue(rows.subList(0, at).stream().allMatch(r -> r.contains("P1")), "only other VIPs are above it: " + rows);
        }
    }

    /** A new customer called {@code name} writes an SMS; returns the conversation it opened. */
    private long conversationOf(String name) {
        String phone = Messages.uniquePhone();
        String text = "I was charged twice " + Messages.unique();
        Api.as(base, "erp").post("/api/v1/messages", Messages.canonical("SMS", "in-" + Messages.unique(), phone, name, text, null));
        Timeline timeline = new Timeline(Api.as(base, "alice"));
        long customer = timeline.customerWith(phone).getJsonNumber("id").longValue();
        return timeline.entryWithText(customer, text).getJsonNumber("conversationId").longValue();
    }

    private static void signIn(Browser browser, String url, String user) {
        WebDriver page = browser.driver();
        page.get(url);
        waiting(browser).until(d -> !d.findElements(By.id("username")).isEmpty());
        page.findElement(By.id("username")).sendKeys(user);
        page.findElement(By.id("password")).sendKeys("threadline");
        page.findElement(By.id("signIn")).click();
        waiting(browser).until(ExpectedConditions.titleContains("Inbox"));
    }

    /**
     * Picks an option of a PrimeFaces select menu ({@link Browser#choose}) and waits until its label shows it.
     */
    private static void choose(Browser browser, String menuId, String value) {
        browser.choose(menuId, value);
        waiting(browser).until(d -> value.equals(d.findElement(By.id(menuId + "_label")).getText()));
    }

    /** Waits for what the page should show; a full-page postback replaces the elements being read meanwhile. */
    private static WebDriverWait waiting(Browser browser) {
        return (WebDriverWait) browser.waiting().ignoring(StaleElementReferenceException.class);
    }

    private static Optional<WebElement> rowOf(WebDriver page, String customer) {
        return page.findElements(By.cssSelector(".conversations tbody tr")).stream()
                .filter(r -> r.getText().contains(customer)).findFirst();
    }

    private static List<String> tagsShown(WebDriver page) {
        return page.findElements(By.cssSelector(".tags .tag-name")).stream().map(WebElement::getText).toList();
    }

    private static void waitForSystemEntry(Browser browser, String text) {
        waiting(browser).until(d -> d.findElements(By.cssSelector(".timeline .entry.system")).stream()
                .anyMatch(e -> e.getText().contains(text)));
    }
}
