package io.threadline.it;

import io.threadline.it.browser.Browser;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The agent workspace in a real browser: an agent signs in with the form, finds a customer's new message in the
 * inbox (VIPs first), opens it, sees the customer's timeline across three channels, replies, and sees the reply on the
 * timeline; markup a customer wrote shows as text; an agent is refused an admin page.
 */
@RunAsClient
class WorkspaceBrowserIT extends ContainerTest {

    @Test
    void anAgentSignsInFindsTheMessageInTheInboxOpensItAndReplies() {
        String run = Messages.unique();
        String phone = Messages.uniquePhone();
        String email = "omar." + run + "@example.com";
        Api erp = Api.as(base, "erp");
        erp.post("/api/v1/messages", Messages.canonical("EMAIL", "<" + run + "@mail.example.com>", email, "Omar Haddad",
                "Hello, I ordered the blue jacket last week.", null));
        Timeline timeline = new Timeline(Api.as(base, "alice"));
        long omar = timeline.customerWith(email).getJsonNumber("id").longValue();
        Api.as(base, "alice").post("/api/v1/customers/" + omar + "/identities", "{\"type\": \"PHONE\", \"value\": \"" + phone + "\"}");
        String whatsApp = "I sent you photos of the jacket on WhatsApp " + run;
        erp.post("/api/v1/messages", Messages.canonical("WHATSAPP", "wamid." + run, phone, null, whatsApp, null));
        timeline.entryWithText(omar, whatsApp);
        String markup = "It arrived torn <script>document.title='owned'</script><img src=x onerror=\"document.title='owned'\"> " + run;
        erp.post("/api/v1/messages", Messages.canonical("SMS", "SM" + run, phone, null, markup, null));
        timeline.entryWithText(omar, markup);

        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            page.get(base + "agent/inbox.xhtml");
            browser.signIn("alice");

            browser.waiting().until(ExpectedConditions.titleContains("Inbox"));
            List<WebElement> rows = page.findElements(By.cssSelector(".conversations tbody tr"));
            assertTrue(rows.get(0).getText().contains("VIP"), "a VIP's conversation is on top: " + rows.get(0).getText());
            WebElement omarsRow = rows.stream().filter(r -> r.getText().contains("Omar Haddad")).findFirst().orElseThrow();
            assertTrue(omarsRow.getText().contains("It arrived torn"), omarsRow.getText());
            browser.screenshot("inbox");

            omarsRow.findElement(By.cssSelector("a.customer")).click();
            browser.waiting().until(ExpectedConditions.titleContains("Omar Haddad"));
            List<WebElement> entries = page.findElements(By.cssSelector(".timeline .entry"));
            assertEquals(List.of("Email", "(system)", "WhatsApp", "SMS"), entries.stream().map(WorkspaceBrowserIT::channelOf).toList());
            List<String> sources = page.findElements(By.cssSelector(".identities .identity-source")).stream()
                    .map(e -> e.getText().replaceAll(",.*", "")).toList();
            assertEquals(List.of("from Email", "added by alice"), sources, "where each identity came from");
            WebElement sms = entries.get(entries.size() - 1);
            assertTrue(sms.getText().contains(markup), "the customer's markup shows as text: " + sms.getText());
            assertTrue(sms.findElements(By.cssSelector("script, img")).isEmpty());
            assertTrue(!page.getTitle().contains("owned"), "no script of the customer ran");

            page.findElement(By.id("reply:text")).sendKeys("Sorry to hear that, Omar. A replacement is on its way.");
            page.findElement(By.id("reply:send")).click();
            WebElement reply = browser.waiting().until(d -> d.findElements(By.cssSelector(".timeline .entry.outbound")).stream()
                    .filter(e -> e.getText().contains("A replacement is on its way.")).findFirst().orElse(null));
            assertTrue(reply.getText().contains("SMS"), "the reply went out on the channel the customer used last: " + reply.getText());
            assertTrue(reply.getText().contains("alice"), reply.getText());
            browser.screenshot("conversation");
        }
    }

    @Test
    void aWrongPasswordIsRefusedAnUnknownFilterIsNamedAndAnAgentCannotOpenAnAdminPage() {
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            page.get(base.toString());
            browser.waiting().until(d -> !d.findElements(By.id("username")).isEmpty());
            page.findElement(By.id("username")).sendKeys("alice");
            page.findElement(By.id("password")).sendKeys("not-her-password");
            page.findElement(By.id("signIn")).click();
            WebElement error = browser.waiting().until(d -> d.findElements(By.cssSelector(".login-error")).stream().findFirst().orElse(null));
            assertEquals("The user name or password is wrong. Please try again.", error.getText());

            browser.signIn("alice");
            browser.waiting().until(ExpectedConditions.titleContains("Inbox"));
            assertTrue(page.findElements(By.linkText("Dead letters")).isEmpty(), "agents are not shown the admin page");
            page.get(base + "agent/inbox.xhtml?view=all&channel=FOO");
            WebElement problem = browser.waiting().until(d -> d.findElements(By.cssSelector(".ui-messages-error")).stream().findFirst().orElse(null));
            assertEquals("There is no channel called 'FOO': showing every channel.", problem.getText().strip());
            assertTrue(!page.findElements(By.cssSelector(".conversations tbody tr a.customer")).isEmpty(),
                    "the list still shows, unfiltered");
            page.get(base + "admin/dead-letters.xhtml");
            assertEquals("You don't have access to this page", page.findElement(By.cssSelector("main h1")).getText());
            assertTrue(page.getTitle().startsWith("No access"), page.getTitle());
        }
    }

    private static String channelOf(WebElement entry) {
        List<WebElement> channel = entry.findElements(By.cssSelector(".channel"));
        return channel.isEmpty() ? "(system)" : channel.get(0).getText();
    }
}
