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
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A supervisor opens the reports of today after nightly-analytics ran for it: the volume chart adds up to what the
 * reports API says, the CSV download holds the same figures, the filters stay in the address, and the page passes
 * the accessibility checks.
 */
@RunAsClient
class ReportsBrowserIT extends ContainerTest {

    @Test
    void theChartsAddUpToTheReportsAndTheirCsvAndTheFiltersAreInTheAddress() {
        String run = Messages.unique();
        Api erp = Api.as(base, "erp");
        Timeline timeline = new Timeline(Api.as(base, "alice"));
        String phone = Messages.uniquePhone();
        String email = "reports." + run + "@example.com";
        erp.post("/api/v1/messages", Messages.canonical("SMS", "SM-" + run, phone, null, "Where is my parcel?", null));
        erp.post("/api/v1/messages", Messages.canonical("EMAIL", "<" + run + "@example.com>", email, null, "Invoice question", null));
        timeline.customerWith(phone);
        timeline.customerWith(email);
        askTheBotAndTakeItsAnswer(run);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        BatchJobs jobs = new BatchJobs(base);
        assertEquals("COMPLETED", jobs.finalStatus(jobs.start("nightly-analytics", Map.of("date", today))));

        Map<String, Long> inbound = new TreeMap<>();
        Api.Reply volume = Api.as(base, "sam").get("/api/v1/reports/volume?from=" + today + "&to=" + today);
        assertEquals(200, volume.status(), volume.body());
        for (JsonObject row : volume.object().getJsonArray("rows").getValuesAs(JsonObject.class)) {
            inbound.merge(row.getString("channel"), row.getJsonNumber("inbound").longValue(), Long::sum);
        }
        assertTrue(inbound.get("SMS") >= 1 && inbound.get("EMAIL") >= 1, inbound.toString());
        JsonObject deflection = Api.as(base, "sam").get("/api/v1/reports/deflection?from=" + today + "&to=" + today)
                .object().getJsonArray("rows").getJsonObject(0);
        assertTrue(deflection.getInt("deflected") >= 1, deflection.toString());

        try (Browser sam = new Browser()) {
            WebDriver page = sam.driver();
            page.get(base + "reports/index.xhtml?from=" + today + "&to=" + today);
            sam.signIn("sam");
            sam.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".volume-chart canvas")));
            sam.waiting().until(d -> ((JavascriptExecutor) d).executeScript("return !!(PF('volumeChart') && PF('volumeChart').chart)"));
            assertEquals(sumsByLabel(inbound), chartSums(page), "the chart adds up to the report");
            for (String[] figure : new String[][]{{"offered", "offered"}, {"deflected", "deflected"},
                    {"handedOver", "handed-over"}, {"abandoned", "abandoned"}, {"noSuggestion", "no-suggestion"}}) {
                assertEquals(String.valueOf(deflection.getInt(figure[0])),
                        page.findElement(By.cssSelector(".deflection-totals ." + figure[1])).getText(), figure[0]);
            }
            assertEquals(Math.round(100 * deflection.getJsonNumber("deflectionRate").doubleValue()) + "%",
                    page.findElement(By.cssSelector(".deflection-totals .deflection-rate")).getText());
            assertEquals(deflection.getInt("deflected"), ((Number) ((JavascriptExecutor) page).executeScript(
                    "return PF('deflectionChart').chart.data.datasets.find(d => d.label === 'Answered by the articles')"
                            + ".data.reduce((a, b) => a + b, 0)")).intValue(), "the chart shows the report's day");
            ((JavascriptExecutor) page).executeScript("document.getElementById('deflection-title').scrollIntoView()");
            sam.screenshot("reports-deflection");

            String csv = (String) ((JavascriptExecutor) page).executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "fetch(document.querySelector('.volume-chart').closest('section').querySelector('a.csv-link').href)"
                    + ".then(r => r.text()).then(done)");
            Map<String, Long> fromCsv = new TreeMap<>();
            List<String> lines = csv.lines().toList();
            assertEquals("day,channel,inbound,outbound", lines.get(0));
            lines.subList(1, lines.size()).forEach(line -> fromCsv.merge(line.split(",")[1], Long.parseLong(line.split(",")[2]), Long::sum));
            assertEquals(inbound, fromCsv, "the CSV holds the chart's figures");

            assertEquals(List.of(), Axe.seriousViolations(page), "reports page");
            sam.screenshot("reports");

            new Select(page.findElement(By.name("channel"))).selectByValue("SMS");
            page.findElement(By.cssSelector(".report-filters button[type=submit]")).click();
            sam.waiting().until(ExpectedConditions.urlContains("channel=SMS"));
            sam.waiting().until(d -> ((JavascriptExecutor) d).executeScript("return !!(PF('volumeChart') && PF('volumeChart').chart)"));
            assertEquals(Map.of("SMS", inbound.get("SMS")), chartSums(page), "only SMS, as the address says");
            assertEquals("SMS", new Select(page.findElement(By.name("channel"))).getFirstSelectedOption().getAttribute("value"));
            assertEquals("The chat bot answered no question in these days.",
                    page.findElement(By.cssSelector("#deflection-title ~ .no-figures")).getText(), "no chat on SMS");

            page.get(base + "reports/index.xhtml?from=" + today + "&to=" + today + "&agent=alice");
            assertTrue(page.findElement(By.cssSelector("#deflection-title ~ .no-figures")).getText()
                    .contains("in no team's or agent's hands"), "the bot's questions are nobody's: the card says so");
            assertTrue(page.findElements(By.cssSelector(".filter-errors .error")).isEmpty(), "and the page has no error");
        }
    }

    /** A visitor's chat question that the bot answers with a new article, and "This answered my question". */
    private void askTheBotAndTakeItsAnswer(String run) {
        String word = "quibble" + run.toLowerCase().replaceAll("[^a-z]", "");
        long article = Api.as(base, "sam").post("/api/v1/knowledge/articles", """
                {"title": "Folding a %1$s", "body": "Fold the %1$s twice.", "language": "en", "category": "Care",
                 "status": "published"}"""
                .formatted(word)).object().getJsonNumber("id").longValue();
        HelpArticles.awaitFound(base, word, "en", article);
        try (ChatClient chat = ChatClient.connect(base)) {
            chat.helloShowingSuggestions("en");
            chat.say("q-1", "How do I fold a " + word + "?");
            assertEquals(article, chat.next("suggestions").getJsonArray("articles").getJsonObject(0).getJsonNumber("id").longValue());
            chat.send("{\"type\":\"resolved\",\"id\":\"q-1\"}");
            assertEquals("q-1", chat.next("deflected").getString("id"));
        }
    }

    /** The volume chart's series, by label, each added up over its days. */
    @SuppressWarnings("unchecked")
    private static Map<String, Long> chartSums(WebDriver page) {
        List<Map<String, Object>> series = (List<Map<String, Object>>) ((JavascriptExecutor) page).executeScript(
                "return PF('volumeChart').chart.data.datasets.map(d => ({label: d.label,"
                        + " total: d.data.reduce((a, b) => a + (b || 0), 0)}))");
        Map<String, Long> sums = new TreeMap<>();
        series.forEach(s -> sums.put((String) s.get("label"), ((Number) s.get("total")).longValue()));
        return sums;
    }

    /** The report's channels as the chart labels them. */
    private static Map<String, Long> sumsByLabel(Map<String, Long> byChannel) {
        Map<String, Long> labelled = new TreeMap<>();
        byChannel.forEach((channel, n) -> labelled.put(switch (channel) {
            case "EMAIL" -> "Email";
            case "SMS" -> "SMS";
            case "WHATSAPP" -> "WhatsApp";
            case "CHAT" -> "Live chat";
            case "INSTAGRAM" -> "Instagram";
            case "FACEBOOK" -> "Messenger";
            case "TWITTER" -> "X";
            case "PHONE" -> "Phone";
            case "IN_STORE" -> "In store";
            default -> channel.charAt(0) + channel.substring(1).toLowerCase();
        }, n));
        return labelled;
    }
}
