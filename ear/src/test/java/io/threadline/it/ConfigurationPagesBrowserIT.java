package io.threadline.it;

import io.threadline.it.browser.Axe;
import io.threadline.it.browser.Browser;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The configuration pages in a real browser. Ada (admin) creates a queue, builds a routing rule on the page, tests a
 * message in the panel, and a real message then lands as the rule says; she moves a rule up by keyboard and the audit
 * page lists what she did. Sam (supervisor) reads the pages and cannot change them. Alice sets her presence from the
 * top bar. Everything created is deleted again, so the shared server stays as it was.
 */
@RunAsClient
class ConfigurationPagesBrowserIT extends ContainerTest {

    @Test
    void anAdminBuildsARoutingRuleTestsItAndANewMessageLandsAsTheRuleSays() {
        String run = Messages.unique();
        String queue = "pages-" + run;
        String word = "zebra" + run;
        String tag = "tag-" + run;
        String rule = "Zebras " + run;
        String later = "Later " + run;
        Api ada = Api.as(base, "ada");
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            signIn(browser, "ada");

            page.get(base + "config/queues.xhtml");
            click(browser, "list:new");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:name"))).sendKeys(queue);
            page.findElement(By.id("editor:skills")).sendKeys("billing");
            click(browser, "editor:save");
            browser.waiting().until(d -> d.findElements(By.cssSelector(".queue-name")).stream().anyMatch(q -> q.getText().equals(queue)));
            assertEquals(List.of(), Axe.seriousViolations(page));
            browser.screenshot("queues");

            page.get(base + "config/routing-rules.xhtml");
            click(browser, "list:new");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:name"))).sendKeys(rule);
            new Select(page.findElement(By.id("editor:conditions:0:field"))).selectByValue("text");
            new Select(page.findElement(By.id("editor:conditions:0:op"))).selectByValue("containsWord");
            page.findElement(By.id("editor:conditions:0:value")).sendKeys(word);
            new Select(page.findElement(By.id("editor:then_queue"))).selectByValue(queue);
            new Select(page.findElement(By.id("editor:then_priority"))).selectByValue("1");
            page.findElement(By.id("editor:then_tags")).sendKeys(tag);
            assertEquals(List.of(), Axe.seriousViolations(page));
            browser.screenshot("rule-editor");
            click(browser, "editor:save");
            browser.waiting().until(d -> rowNames(d).contains(rule));

            page.findElement(By.id("dryrun:subject")).sendKeys("Question");
            page.findElement(By.id("dryrun:text")).sendKeys("I saw a " + word.toUpperCase() + " on my invoice");
            click(browser, "dryrun:test");
            WebElement matched = browser.waiting().until(d -> d.findElements(By.cssSelector(".routing-outcomes .outcome-MATCHED .outcome-rule"))
                    .stream().filter(r -> r.getText().equals(rule)).findFirst().orElse(null));
            assertEquals(rule, matched.getText());
            assertEquals(queue, page.findElement(By.cssSelector(".result-queue")).getText());
            assertEquals("1", page.findElement(By.cssSelector(".result-priority")).getText());
            assertTrue(page.findElement(By.cssSelector(".result-tags")).getText().contains(tag));
            browser.screenshot("dry-run");

            String phone = Messages.uniquePhone();
            String text = "Hello, there is a " + word + " charge on my bill";
            Api.as(base, "erp").post("/api/v1/messages", Messages.canonical("SMS", "cfg-" + run, phone, "Zoe " + run, text, null));
            Timeline timeline = new Timeline(Api.as(base, "alice"));
            long customer = timeline.customerWith(phone).getJsonNumber("id").longValue();
            long conversationId = timeline.entryWithText(customer, text).getJsonNumber("conversationId").longValue();
            JsonObject conversation = Eventually.get("the conversation routed to " + queue, Duration.ofSeconds(15), () -> {
                JsonObject c = ada.get("/api/v1/conversations/" + conversationId).object();
                return queue.equals(c.getString("queue", null)) ? Optional.of(c) : Optional.empty();
            });
            assertEquals(1, conversation.getInt("priority"));
            assertTrue(conversation.getJsonArray("tags").getValuesAs(jakarta.json.JsonString::getString).contains(tag), conversation.toString());

            JsonObject saved = ada.get("/api/v1/admin/routing-rules/" + encoded(rule)).object();
            ada.post("/api/v1/admin/routing-rules", "{\"name\":\"" + later + "\",\"position\":" + (saved.getInt("position") + 1)
                    + ",\"when\":{\"all\":[{\"field\":\"text\",\"op\":\"containsWord\",\"value\":\"never" + run + "\"}]},"
                    + "\"then\":{\"priority\":4}}");
            page.get(base + "config/routing-rules.xhtml");
            browser.waiting().until(d -> rowNames(d).contains(later));
            assertTrue(rowNames(page).indexOf(rule) + 1 == rowNames(page).indexOf(later), "side by side: " + rowNames(page));
            WebElement up = page.findElement(By.cssSelector("button[aria-label='Move " + later + " up']"));
            up.sendKeys(Keys.ENTER);
            browser.waiting().until(d -> rowNames(d).indexOf(later) + 1 == rowNames(d).indexOf(rule));
            page.navigate().refresh();
            browser.waiting().until(d -> rowNames(d).contains(rule));
            assertEquals(rowNames(page).indexOf(later) + 1, rowNames(page).indexOf(rule), "the order is kept: " + rowNames(page));
            assertEquals(List.of(), Axe.seriousViolations(page));
            browser.screenshot("routing-rules");

            page.get(base + "config/audit.xhtml");
            new Select(page.findElement(By.id("audit:kind"))).selectByValue("routing-rule");
            browser.waiting().until(d -> auditLines(d).stream().anyMatch(l -> l.startsWith("ada MOVED routing-rule " + later)));
            assertTrue(auditLines(page).stream().anyMatch(l -> l.startsWith("ada CREATED routing-rule " + rule)), auditLines(page).toString());
            String export = page.findElement(By.id("audit:export")).getAttribute("href");
            assertTrue(export.endsWith("/api/v1/admin/audit/export?kind=routing-rule"), "exports what the filter shows: " + export);
            assertEquals(List.of(), Axe.seriousViolations(page));
            browser.screenshot("audit");
        } finally {
            ada.delete("/api/v1/admin/routing-rules/" + encoded(rule));
            ada.delete("/api/v1/admin/routing-rules/" + encoded(later));
            ada.delete("/api/v1/admin/queues/" + queue);
        }
    }

    @Test
    void aSupervisorReadsThePagesButCannotChangeThem() {
        String run = Messages.unique();
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            signIn(browser, "sam");
            for (String config : List.of("index", "queues", "agents", "calendars", "routing-rules", "sla-policies", "automation-rules", "audit")) {
                page.get(base + "config/" + config + ".xhtml");
                browser.waiting().until(d -> !d.findElements(By.cssSelector(".read-only-note")).isEmpty());
                assertTrue(page.findElements(By.xpath("//button[normalize-space()='Save' or @title='Delete' or @id='list:new']")).isEmpty(),
                        config + " offers no changes");
                assertEquals(List.of(), Axe.seriousViolations(page), config);
            }
            page.get(base + "config/queues.xhtml");
            browser.screenshot("queues-read-only");
            String viewState = page.findElement(By.name("jakarta.faces.ViewState")).getAttribute("value");
            Object status = ((JavascriptExecutor) page).executeAsyncScript(
                    "var done = arguments[arguments.length - 1]; var body = new URLSearchParams();"
                            + "body.append('editor', 'editor'); body.append('editor:name', 'sneaky-" + run + "');"
                            + "body.append('editor:mode', 'PULL'); body.append('editor:strategy', 'ROUND_ROBIN');"
                            + "body.append('editor:save', 'editor:save'); body.append('list', 'list'); body.append('list:new', 'list:new');"
                            + "body.append('jakarta.faces.ViewState', arguments[0]);"
                            + "fetch(location.pathname, {method: 'POST', body: body}).then(function (r) { done(r.status); });", viewState);
            assertTrue(status instanceof Number, String.valueOf(status));
        }
        assertEquals(404, Api.as(base, "ada").get("/api/v1/admin/queues/sneaky-" + run).status(), "the posted queue was not created");
    }

    @Test
    void anAgentSetsPresenceFromTheTopBarAndItSticks() {
        Api alice = Api.as(base, "alice");
        String before = alice.get("/api/v1/agents/me/presence").object().getString("status");
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            signIn(browser, "alice");
            new Select(page.findElement(By.id("presenceForm:presenceStatus"))).selectByValue("ONLINE");
            browser.waiting().until(d -> "ONLINE".equals(alice.get("/api/v1/agents/me/presence").object().getString("status")));
            page.navigate().refresh();
            browser.waiting().until(ExpectedConditions.titleContains("Inbox"));
            assertEquals("ONLINE", new Select(page.findElement(By.id("presenceForm:presenceStatus"))).getFirstSelectedOption().getAttribute("value"));
        } finally {
            alice.put("/api/v1/agents/me/presence", "{\"status\":\"" + before + "\"}");
        }
    }

    private static List<String> rowNames(WebDriver page) {
        return page.findElements(By.cssSelector(".rules-table .rule-name")).stream().map(WebElement::getText).toList();
    }

    private static List<String> auditLines(WebDriver page) {
        return page.findElements(By.cssSelector(".audit-head")).stream().map(h -> h.getText().replaceAll("\\s+", " ")).toList();
    }

    private static String encoded(String name) {
        return name.replace(" ", "%20");
    }

    private static void click(Browser browser, String id) {
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    private void signIn(Browser browser, String user) {
        browser.driver().get(base + "agent/inbox.xhtml");
        browser.signIn(user);
        browser.waiting().until(ExpectedConditions.titleContains("Inbox"));
    }
}
