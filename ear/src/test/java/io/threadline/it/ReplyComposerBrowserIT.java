package io.threadline.it;

import io.threadline.it.browser.Browser;
import jakarta.json.Json;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reply composer in a real browser: alice picks a canned response and finds the customer's first name in the box,
 * attaches a file and sends; schedules a reply for tomorrow and cancels it; types a draft, leaves and finds it again
 * when she comes back, while bob, on the same conversation, never sees it.
 */
@RunAsClient
class ReplyComposerBrowserIT extends ContainerTest {

    @Test
    void cannedResponseFileSendLaterAndDraft() throws IOException {
        String nora = "Nora Quinn " + Messages.unique();
        String phone = Messages.uniquePhone();
        Api.as(base, "erp").post("/api/v1/messages", Messages.canonical("SMS", "in-" + Messages.unique(), phone, nora,
                "My parcel never arrived " + Messages.unique(), null));
        Timeline timeline = new Timeline(Api.as(base, "alice"));
        long customer = timeline.customerWith(phone).getJsonNumber("id").longValue();
        long conversation = Eventually.get("Nora's conversation", java.time.Duration.ofSeconds(30),
                () -> timeline.entriesOf(customer).stream().findFirst()).getJsonNumber("conversationId").longValue();
        String title = "Parcel lost " + Messages.unique();
        Api.Reply canned = Api.as(base, "sam").post("/api/v1/canned-responses", Json.createObjectBuilder()
                .add("title", title).add("shared", true)
                .add("body", "Hi {{customer.firstName}}, I am sorry your parcel went missing. I have asked the carrier"
                        + " to trace it and will write again today.\n\n{{agent.name}}").build().toString());
        assertEquals(201, canned.status(), canned.body());
        Path file = Files.createTempFile("carrier-claim-", ".pdf");
        Files.write(file, "%PDF-1.4 carrier claim".getBytes(StandardCharsets.UTF_8));
        String fileName = file.getFileName().toString();

        try (FakeProvider twilio = FakeProvider.twilio(); Browser alice = new Browser(); Browser bob = new Browser()) {
            WebDriver page = alice.driver();
            page.get(base + "agent/conversation.xhtml?id=" + conversation);
            alice.signIn("alice");
            alice.waiting().until(ExpectedConditions.titleContains(nora));

            alice.choose("reply:canned", String.valueOf(canned.object().getJsonNumber("id")));
            WebElement box = page.findElement(By.id("reply:text"));
            alice.waiting().until(d -> box.getAttribute("value").startsWith("Hi Nora, I am sorry your parcel went missing."));
            assertTrue(box.getAttribute("value").endsWith("Alice"), box.getAttribute("value"));
            box.sendKeys(" (Support)");

            page.findElement(By.cssSelector("#reply\\:upload input[type=file]")).sendKeys(file.toAbsolutePath().toString());
            alice.waiting().until(d -> d.findElements(By.cssSelector(".chosen-file")).stream().anyMatch(f -> f.getText().contains(fileName)));
            scrollTo(alice, "reply");
            alice.screenshot("reply-composer");

            page.findElement(By.id("reply:send")).click();
            WebElement sent = alice.waiting().until(d -> d.findElements(By.cssSelector(".timeline .entry.outbound")).stream()
                    .filter(e -> e.getText().contains("Hi Nora, I am sorry") && e.getText().contains("Alice (Support)"))
                    .findFirst().orElse(null));
            assertTrue(sent.findElements(By.cssSelector(".attachments a")).stream().anyMatch(a -> a.getText().equals(fileName)),
                    "the file is on the reply: " + sent.getText());
            assertEquals("", page.findElement(By.id("reply:text")).getAttribute("value"), "the box is empty again");

            String later = "Checking in tomorrow morning " + Messages.unique();
            page.findElement(By.id("reply:text")).sendKeys(later);
            page.findElement(By.id("sendLaterToggle")).click();
            page.findElement(By.id("reply:tomorrowMorning")).click();
            alice.waiting().until(d -> d.findElement(By.id("reply:sendAt_input")).getAttribute("value").endsWith("09:00"));
            page.findElement(By.id("reply:schedule")).click();
            WebElement scheduled = alice.waiting().until(d -> d.findElements(By.cssSelector(".timeline .entry.outbound")).stream()
                    .filter(e -> e.getText().contains(later)).findFirst().orElse(null));
            assertTrue(scheduled.getText().contains("Scheduled for"), scheduled.getText());
            assertTrue(scheduled.getText().contains("09:00"), scheduled.getText());
            ((JavascriptExecutor) page).executeScript("arguments[0].scrollIntoView({block: 'center'})", scheduled);
            alice.screenshot("scheduled-reply");
            scheduled.findElement(By.cssSelector(".cancel-scheduled")).click();
            alice.waiting().until(d -> d.findElements(By.cssSelector(".timeline .entry.system")).stream()
                    .anyMatch(e -> e.getText().contains("alice cancelled the reply scheduled for")));
            WebElement cancelled = page.findElements(By.cssSelector(".timeline .entry.outbound")).stream()
                    .filter(e -> e.getText().contains(later)).findFirst().orElseThrow();
            assertTrue(cancelled.getText().contains("CANCELLED"), cancelled.getText());
            assertTrue(cancelled.findElements(By.cssSelector(".cancel-scheduled")).isEmpty());

            String draft = "Half a thought about the refund " + Messages.unique();
            page.findElement(By.id("reply:text")).sendKeys(draft);
            alice.waiting().until(d -> d.findElement(By.id("reply:draftStatus")).getText().contains("Draft saved"));
            page.findElement(By.linkText("Inbox")).click();
            alice.waiting().until(ExpectedConditions.titleContains("Inbox"));
            page.get(base + "agent/conversation.xhtml?id=" + conversation);
            alice.waiting().until(ExpectedConditions.titleContains(nora));
            assertEquals(draft, page.findElement(By.id("reply:text")).getAttribute("value"), "the draft is back");

            WebDriver bobsPage = bob.driver();
            bobsPage.get(base + "agent/conversation.xhtml?id=" + conversation);
            bob.signIn("bob");
            bob.waiting().until(ExpectedConditions.titleContains(nora));
            assertEquals("", bobsPage.findElement(By.id("reply:text")).getAttribute("value"));
            assertFalse(bobsPage.getPageSource().contains(draft), "alice's draft is hers alone");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aSupervisorKeepsTheSharedCannedResponsesOnTheirPage() {
        String title = "Refund approved " + Messages.unique();
        try (Browser sam = new Browser(); Browser alice = new Browser()) {
            WebDriver page = sam.driver();
            page.get(base + "agent/canned-responses.xhtml");
            sam.signIn("sam");
            sam.waiting().until(ExpectedConditions.titleContains("Canned responses"));

            page.findElement(By.id("canned:new")).click();
            WebElement titleField = sam.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:title")));
            titleField.sendKeys(title);
            page.findElement(By.id("editor:shortcut")).sendKeys("refund");
            page.findElement(By.id("editor:body")).sendKeys("Hi {{customer.firstname}}, your refund is on its way.");
            page.findElement(By.cssSelector("#editor\\:shared .ui-chkbox-box")).click();
            page.findElement(By.id("editor:save")).click();
            WebElement error = sam.waiting().until(d -> d.findElements(By.cssSelector("#editor\\:editorMessages .ui-messages-error"))
                    .stream().findFirst().orElse(null));
            assertTrue(error.getText().contains("{{customer.firstname}}"), error.getText());

            WebElement body = page.findElement(By.id("editor:body"));
            body.clear();
            body.sendKeys("Hi {{customer.firstName}}, your refund is on its way.");
            page.findElement(By.id("editor:save")).click();
            WebElement row = sam.waiting().until(d -> d.findElements(By.cssSelector(".canned-table tbody tr")).stream()
                    .filter(r -> r.getText().contains(title)).findFirst().orElse(null));
            assertTrue(row.getText().contains("Team"), row.getText());
            sam.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("editor:title")));
            sam.screenshot("canned-responses");

            WebDriver alicesPage = alice.driver();
            alicesPage.get(base + "agent/canned-responses.xhtml");
            alice.signIn("alice");
            alice.waiting().until(ExpectedConditions.titleContains("Canned responses"));
            WebElement shared = alicesPage.findElements(By.cssSelector(".canned-table tbody tr")).stream()
                    .filter(r -> r.getText().contains(title)).findFirst().orElseThrow();
            assertTrue(shared.findElements(By.cssSelector("button")).isEmpty(), "agents do not edit the shared responses");

            row.findElement(By.cssSelector("button[aria-label^='Delete']")).click();
            sam.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
            sam.waiting().until(d -> d.findElements(By.cssSelector(".canned-table tbody tr")).stream()
                    .noneMatch(r -> r.getText().contains(title)));
        }
    }

    private static void scrollTo(Browser browser, String id) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).scrollIntoView({block: 'end'})", id);
    }
}
