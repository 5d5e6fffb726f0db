package io.threadline.it;

import io.threadline.it.browser.Browser;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workspace live, in real browsers: a new message shows up in an open inbox with its count; two agents on one
 * conversation see each other viewing and typing; a reply written while the customer wrote again is held with a
 * warning, the new message is shown, and the second click sends.
 */
@RunAsClient
class WorkspaceLiveBrowserIT extends ContainerTest {

    @Test
    void aMessagePostedToTheApiAppearsInTheOpenInboxAndItsCountGoesUp() {
        String run = Messages.unique();
        try (Configuration configuration = new Configuration(base); Browser browser = new Browser()) {
            // The inbox lists the most urgent 200; a queue of this test's own keeps its conversation in view.
            configuration.create("queues", "{\"name\": \"live-" + run + "\"}");
            configuration.create("routing-rules", "{\"name\": \"live-" + run + "\", \"position\": 700, \"when\": {\"all\":"
                    + " [{\"field\": \"text\", \"op\": \"containsWord\", \"value\": \"" + run + "\"}]},"
                    + " \"then\": {\"queue\": \"live-" + run + "\"}}");
            WebDriver page = browser.driver();
            page.get(base + "agent/inbox.xhtml?view=all&queue=live-" + run);
            browser.signIn("alice");
            waitUntilLive(browser);
            long before = browser.waiting().until(d -> countOf(d, "All"));

            String name = "Lena Fischer " + Messages.unique();
            Api.as(base, "erp").post("/api/v1/messages", Messages.canonical("SMS", "SM" + Messages.unique(),
                    Messages.uniquePhone(), name, "Is the store in Linz open on Sunday? " + run, null));

            String row = browser.waiting().until(d -> d.findElements(By.cssSelector(".conversations tbody tr")).stream()
                    .map(WebElement::getText).filter(text -> text.contains(name)).findFirst().orElse(null));
            assertTrue(row.contains("Is the store in Linz open on Sunday?"), row);
            browser.waiting().until(d -> countOf(d, "All") > before);
            assertTrue(page.getCurrentUrl().contains("inbox.xhtml"), "no reload, no navigation: " + page.getCurrentUrl());
            browser.waiting().until(d -> ((JavascriptExecutor) d).executeScript(
                    "var row = [...document.querySelectorAll('.conversations tbody tr')].find(r => r.textContent.includes(arguments[0]));"
                            + " if (row) row.scrollIntoView({block: 'center'}); return !!row;", name));
            browser.screenshot("inbox-live");
        }
    }

    @Test
    void twoAgentsOnOneConversationSeeEachOtherViewingAndTyping() {
        Conversation c = customerWrites("Where is my parcel?");
        try (Browser alice = new Browser(); Browser bob = new Browser()) {
            open(alice, "alice", c.id());
            open(bob, "bob", c.id());
            alice.waiting().until(ExpectedConditions.textToBe(By.cssSelector("#presence .presence-text"), "bob is viewing"));
            bob.waiting().until(ExpectedConditions.textToBe(By.cssSelector("#presence .presence-text"), "alice is viewing"));

            bob.driver().findElement(By.id("reply:text")).sendKeys("Let me check with the carrier");
            alice.waiting().until(ExpectedConditions.textToBe(By.cssSelector("#presence .presence-text"), "bob is typing…"));
            alice.screenshot("presence");

            bob.driver().get(base + "agent/inbox.xhtml");
            alice.waiting().until(ExpectedConditions.textToBe(By.cssSelector("#presence .presence-text"),
                    "No one else is viewing this conversation"));
        }
    }

    @Test
    void aReplyIsHeldWhenTheCustomerWroteAfterTheAgentOpenedTheConversationAndTheSecondClickSends() {
        Conversation c = customerWrites("I ordered the blue jacket in M.");
        try (FakeProvider twilio = FakeProvider.twilio(); Browser alice = new Browser()) {
            WebDriver page = alice.driver();
            open(alice, "alice", c.id());
            page.findElement(By.id("reply:text")).sendKeys("The blue jacket in M ships today.");

            String again = "Sorry, I meant the red one! " + Messages.unique();
            Api.as(base, "erp").post("/api/v1/messages", Messages.canonical("SMS", "SM" + Messages.unique(), c.phone(),
                    c.name(), again, null));
            String arrived = alice.waiting().until(d -> d.findElements(By.cssSelector("#timeline .entry.inbound")).stream()
                    .map(WebElement::getText).filter(text -> text.contains(again)).findFirst().orElse(null));
            assertTrue(arrived.contains("New"), "what arrived live is marked new: " + arrived);

            page.findElement(By.id("reply:send")).click();
            WebElement warning = alice.waiting().until(d -> d.findElements(By.cssSelector(".ui-messages-warn")).stream()
                    .findFirst().orElse(null));
            assertEquals(c.name() + " wrote again while you were typing — read it first (1 new entry)", warning.getText().strip());
            assertTrue(page.findElements(By.cssSelector("#timeline .entry.unseen")).stream().anyMatch(e -> e.getText().contains(again)),
                    "the new message is shown, marked new");
            assertEquals("The blue jacket in M ships today.", page.findElement(By.id("reply:text")).getAttribute("value"),
                    "the held reply is kept in the box");
            assertTrue(repliesTo(c).isEmpty(), "nothing was sent: " + repliesTo(c));

            page.findElement(By.id("reply:send")).click();
            alice.waiting().until(d -> d.findElements(By.cssSelector("#timeline .entry.outbound")).stream()
                    .anyMatch(e -> e.getText().contains("The blue jacket in M ships today.")));
            List<JsonObject> sent = repliesTo(c);
            assertEquals(1, sent.size(), "the second click sent the reply once: " + sent);
            new Replies(base, Api.as(base, "alice")).entryWhen(c.customer(), sent.get(0).getJsonNumber("id").longValue(), "SENT");
        }
    }

    private record Conversation(long id, long customer, String phone, String name) {
    }

    private Conversation customerWrites(String text) {
        String phone = Messages.uniquePhone();
        String name = "Nora Quinn " + Messages.unique();
        Api.as(base, "erp").post("/api/v1/messages", Messages.canonical("SMS", "SM" + Messages.unique(), phone, name, text, null));
        Timeline timeline = new Timeline(Api.as(base, "alice"));
        long customer = timeline.customerWith(phone).getJsonNumber("id").longValue();
        JsonObject entry = timeline.entryWithText(customer, text);
        return new Conversation(entry.getJsonNumber("conversationId").longValue(), customer, phone, name);
    }

    private List<JsonObject> repliesTo(Conversation c) {
        return new Timeline(Api.as(base, "alice")).entriesOf(c.customer()).stream()
                .filter(e -> "OUTBOUND".equals(e.getString("direction"))).toList();
    }

    /** Opens the conversation page signed in, and waits until its live channels are connected. */
    private void open(Browser browser, String agent, long conversationId) {
        browser.driver().get(base + "agent/conversation.xhtml?id=" + conversationId);
        browser.signIn(agent);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("reply:text")));
        waitUntilLive(browser);
    }

    private static void waitUntilLive(Browser browser) {
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body.live-on")));
    }

    private static long countOf(WebDriver page, String view) {
        return page.findElements(By.cssSelector(".views a")).stream()
                .filter(a -> a.findElement(By.cssSelector(".label")).getText().equals(view))
                .map(a -> Long.parseLong(a.findElement(By.cssSelector(".count")).getText().strip()))
                .findFirst().orElseThrow(() -> new AssertionError("no view " + view));
    }
}
