package io.threadline.it;

import io.threadline.it.browser.Axe;
import io.threadline.it.browser.Browser;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Custom roles made of permissions, on the demo registry: vera is view-only (group viewers), quinn an auditor (viewers
 * and exporters). They read what agents read and change nothing; only quinn takes reports away, and the audit log
 * says so.
 */
@RunAsClient
class CustomRolesIT extends ContainerTest {

    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    /** A customer who wrote in by SMS, and their conversation. */
    private record Story(long customer, long conversation, String text) {
    }

    private Story customerWhoWrote() {
        String phone = Messages.uniquePhone();
        String text = "Where is parcel " + Messages.unique() + "?";
        assertEquals(202, Api.as(base, "erp").post("/api/v1/messages",
                Messages.canonical("SMS", "SM" + Messages.unique(), phone, "Viola Reed", text, null)).status());
        long customer = new Timeline(Api.as(base, "alice")).customerWith(phone).getJsonNumber("id").longValue();
        long conversation = Eventually.get("the customer's conversation", Duration.ofSeconds(30), () -> Api.as(base, "alice")
                .get("/api/v1/customers/" + customer).object().getJsonArray("conversations").stream().findFirst())
                .asJsonObject().getJsonNumber("id").longValue();
        return new Story(customer, conversation, text);
    }

    @Test
    void aViewerReadsWhatAnAgentReadsAndEveryChangeIsRefused() {
        Story story = customerWhoWrote();
        Api vera = Api.as(base, "vera");
        String customer = "/api/v1/customers/" + story.customer();
        String conversation = "/api/v1/conversations/" + story.conversation();

        for (String read : List.of(customer, customer + "/timeline", customer + "/orders", conversation,
                "/api/v1/search?q=Viola", "/api/v1/reports/volume?from=" + TODAY + "&to=" + TODAY)) {
            Api.Reply reply = vera.get(read);
            assertEquals(200, reply.status(), read + ": " + reply.body());
        }
        assertTrue(vera.get(customer + "/timeline").body().contains(story.text()), "she reads the timeline");

        Map<String, Api.Reply> changes = new java.util.LinkedHashMap<>();
        changes.put("reply", vera.post(conversation + "/replies", "{\"text\": \"Hello from vera\"}"));
        changes.put("note", vera.post(conversation + "/notes", "{\"text\": \"a note from vera\"}"));
        changes.put("assign", vera.post(conversation + "/assign", "{\"assignee\": \"alice\"}"));
        changes.put("escalate", vera.post(conversation + "/escalate", "{\"reason\": \"why not\"}"));
        changes.put("status", vera.put(conversation + "/status", "{\"status\": \"RESOLVED\"}"));
        changes.put("tag", vera.put(conversation + "/tags/refund", null));
        changes.put("draft", vera.put(conversation + "/draft", "{\"text\": \"draft\"}"));
        changes.put("take next", vera.post("/api/v1/conversations/next", "{}"));
        changes.put("identity", vera.post(customer + "/identities", "{\"type\": \"EMAIL\", \"value\": \"viola."
                + Messages.unique() + "@example.com\"}"));
        changes.put("tier", vera.put(customer + "/tier", "{\"tier\": \"VIP\"}"));
        changes.put("merge", vera.post(customer + "/merge", "{\"from\": " + story.customer() + "}"));
        changes.put("upload", vera.postBytes("/api/v1/attachments?name=a.txt", "hi".getBytes(StandardCharsets.UTF_8), "text/plain"));
        changes.put("presence", vera.put("/api/v1/agents/me/presence", "{\"presence\": \"ONLINE\"}"));
        changes.put("audit log", vera.get("/api/v1/admin/audit"));
        changes.put("report CSV", vera.get("/api/v1/reports/volume?format=csv&from=" + TODAY + "&to=" + TODAY));
        assertEquals(Map.of(), changes.entrySet().stream().filter(c -> c.getValue().status() != 403)
                .collect(Collectors.toMap(Map.Entry::getKey, c -> c.getValue().status() + " " + c.getValue().body())),
                "every change, the audit log and downloads are refused");
        assertTrue(changes.get("report CSV").body().contains("export permission"), changes.get("report CSV").body());

        JsonObject after = Api.as(base, "alice").get(conversation).object();
        assertEquals("OPEN", after.getString("status"), after.toString());
        assertTrue(!after.containsKey("assignee") || after.isNull("assignee"), after.toString());
        assertFalse(Api.as(base, "alice").get(customer + "/timeline").body().contains("vera"), "nothing of hers on the timeline");
    }

    @Test
    void anExporterDownloadsReportsAndEachDownloadIsAudited() {
        Api.Reply csv = Api.as(base, "quinn").get("/api/v1/reports/volume?format=csv&from=" + TODAY + "&to=" + TODAY);
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        assertEquals("day,channel,inbound,outbound", csv.body().lines().findFirst().orElse(""));

        JsonObject exported = Api.as(base, "sam").get("/api/v1/admin/audit?kind=report&actor=quinn").array()
                .getJsonObject(0);
        assertEquals("EXPORTED", exported.getString("action"), exported.toString());
        assertEquals("volume", exported.getString("name"));
        assertEquals(TODAY, exported.getJsonObject("after").getString("from"));

        assertEquals(403, Api.as(base, "quinn").put("/api/v1/agents/me/presence", "{\"presence\": \"ONLINE\"}").status(),
                "an auditor changes nothing");
        assertEquals(200, Api.as(base, "sam").get("/api/v1/reports/volume?format=csv&from=" + TODAY + "&to=" + TODAY).status(),
                "supervisors export");
        assertEquals(403, Api.as(base, "alice").get("/api/v1/reports/volume").status(), "agents still see no reports");
    }

    @Test
    void theViewersPagesShowNoControlThatChangesAnything() {
        Story story = customerWhoWrote();
        Map<String, String> vera = Map.of("Cookie", cookies(Api.signIn(base, "vera")));
        Api anonymous = Api.as(base, null);

        Api.Reply inbox = anonymous.fromBrowser("GET", "/agent/inbox.xhtml", vera);
        assertEquals(200, inbox.status());
        assertFalse(inbox.body().contains("Take next"), "no Take next");
        assertEquals(403, anonymous.fromBrowser("GET", "/agent/canned-responses.xhtml", vera).status());
        assertEquals(403, anonymous.fromBrowser("GET", "/agent/merge.xhtml?customer=" + story.customer(), vera).status());
        Api.Reply reports = anonymous.fromBrowser("GET", "/reports/index.xhtml", vera);
        assertEquals(200, reports.status());
        assertFalse(reports.body().contains("Download CSV"), "no downloads for a viewer");

        Map<String, String> quinn = Map.of("Cookie", cookies(Api.signIn(base, "quinn")));
        assertTrue(anonymous.fromBrowser("GET", "/reports/index.xhtml", quinn).body().contains("Download CSV"));
        assertTrue(anonymous.fromBrowser("GET", "/", vera).location().endsWith("/agent/inbox.xhtml"), "a viewer starts on the inbox");
        Api.Reply otto = anonymous.fromBrowser("GET", "/", Map.of("Cookie", cookies(Api.signIn(base, "otto"))));
        assertTrue(otto.location().endsWith("/operations/jobs.xhtml"), "a batch operator on the jobs: " + otto.location());

        try (Browser browser = new Browser()) {
            WebDriver page = openConversation(browser, "alice", story);
            String answer = postNoteForm(page, "posted by alice");
            assertTrue(answer.startsWith("2"), "an agent's post of the note form: " + answer);
            assertTrue(timelineText(story).contains("posted by alice"), "adds her note, as the page would: " + answer);
        }
        try (Browser browser = new Browser()) {
            WebDriver page = openConversation(browser, "vera", story);
            assertTrue(page.findElement(By.cssSelector(".timeline")).getText().contains(story.text()));
            assertTrue(page.findElement(By.cssSelector(".read-only-notice")).isDisplayed());
            assertEquals(List.of(), page.findElements(By.cssSelector("main button, main textarea, main input[type=text]"))
                    .stream().map(e -> e.getAttribute("id")).toList(), "no control to change anything");
            assertEquals(List.of(), Axe.seriousViolations(page), "the read-only conversation");
            browser.screenshot("conversation-view-only");

            String answer = postNoteForm(page, "forged by vera");
            assertTrue(answer.startsWith("2"), "the page answers, having done nothing: " + answer.substring(0, 3));
            assertFalse(timelineText(story).contains("forged by vera"), "the same post from a viewer adds nothing");
        }
    }

    private WebDriver openConversation(Browser browser, String user, Story story) {
        WebDriver page = browser.driver();
        page.get(base + "agent/conversation.xhtml?id=" + story.conversation());
        browser.signIn(user);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".timeline .entry-text")));
        return page;
    }

    /**
     * Posts the profile's form as its "Add note" button would, with a note, whether the page shows the note field and
     * the button or not: what else the form holds (view state, PrimeFaces' nonce), the note and the button. The
     * answer's status and the start of its page.
     */
    private static String postNoteForm(WebDriver page, String note) {
        return (String) ((JavascriptExecutor) page).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const element = document.getElementById('teamwork');"
                        + "const form = new FormData(element);"
                        + "form.set('teamwork:note', arguments[0]); form.set('teamwork:addNote', '');"
                        + "fetch(element.action, {method: 'POST', body: new URLSearchParams(form)})"
                        + ".then(r => r.text().then(t => done(r.status + ' ' + t.substring(0, 3000))));", note);
    }

    private String timelineText(Story story) {
        return Api.as(base, "alice").get("/api/v1/customers/" + story.customer() + "/timeline").body();
    }

    private static String cookies(Map<String, String> cookies) {
        return cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; "));
    }
}
