package io.threadline.it;

import io.threadline.it.browser.Axe;
import io.threadline.it.browser.Browser;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A batch operator on the jobs page: a wrong parameter is named and starts nothing, a good start is watched to its
 * end without reloading the page, fed by Liberty's batch events over the page's push channel (the page does not poll),
 * and a failed execution is restarted from its row.
 */
@RunAsClient
class OperatorPageBrowserIT extends ContainerTest {

    private static final Pattern STARTED = Pattern.compile("execution (\\d+)$");

    @Test
    void anOperatorStartsWatchesAndRestartsJobs() throws Exception {
        BatchJobs jobs = new BatchJobs(base);
        String run = Messages.unique();
        long failed = jobs.start("customer-import", Map.of("inputFile", "operator-" + run + ".csv", "source", "Operator test"));
        assertEquals("FAILED", jobs.finalStatus(failed), "the file is not there yet");
        long failedExecution = executionOf(failed);

        try (Browser otto = new Browser()) {
            WebDriver page = otto.driver();
            page.get(base + "operations/jobs.xhtml");
            otto.signIn("otto");
            otto.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".job-table")));
            JavascriptExecutor script = (JavascriptExecutor) page;
            script.executeScript("window.notReloaded = true");
            otto.waiting().until(ExpectedConditions.textToBe(By.cssSelector(".live-status"), "Live"));
            assertEquals(Boolean.FALSE, script.executeScript("return !!PrimeFaces.widget.Poll && Object.values(PrimeFaces.widgets)"
                    + ".some(function (w) { return w instanceof PrimeFaces.widget.Poll; })"), "the page does not poll");

            page.findElement(By.cssSelector("input.parameter-date")).sendKeys("yesterday");
            page.findElement(By.id("start:startButton")).click();
            WebElement error = otto.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-error")));
            assertTrue(error.getText().contains("date must be an ISO day"), error.getText());

            script.executeScript("window.stepsShown = {}; new MutationObserver(function () {"
                    + " document.querySelectorAll('.running-execution').forEach(function (running) {"
                    + "  var shown = stepsShown[running.getAttribute('data-execution')] = stepsShown[running.getAttribute('data-execution')] || [];"
                    + "  running.querySelectorAll('.step-counts tbody th').forEach(function (step) { shown.push(step.textContent); }); });"
                    + "}).observe(document.body, {childList: true, subtree: true});");
            page.findElement(By.cssSelector("input.parameter-date")).clear();
            page.findElement(By.cssSelector("input.parameter-date")).sendKeys(LocalDate.now(ZoneOffset.UTC).toString());
            page.findElement(By.cssSelector("input.parameter-partitions")).sendKeys("1");
            page.findElement(By.id("start:startButton")).click();
            WebElement info = otto.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-info")));
            Matcher started = STARTED.matcher(info.getText().trim());
            assertTrue(started.find(), info.getText());
            String execution = started.group(1);
            waitForStatus(otto, execution, "completed");
            assertEquals(Boolean.TRUE, script.executeScript("return window.notReloaded === true"),
                    "the page followed the job without reloading");
            assertEquals("Live", page.findElement(By.cssSelector(".live-status")).getText(), "still live after its updates");
            Object stepsShown = script.executeScript("return stepsShown['" + execution + "'] || []");
            assertTrue(((List<?>) stepsShown).contains("hours"),
                    "the running panel showed the job's first step while it ran: " + stepsShown);
            // The history may show the end before its event arrives: a refresh for the last step's end can read it first.
            String heard = "return Threadline.jobs.heard[" + execution + "] || []";
            otto.waiting().until(d -> ((List<?>) script.executeScript(heard)).contains("batch/jobs/execution/completed"));
            List<?> topics = (List<?>) script.executeScript(heard);
            assertTrue(topics.containsAll(List.of("batch/jobs/execution/started", "batch/jobs/execution/step/started",
                    "batch/jobs/execution/step/checkpoint")), "the page was told of the execution's start, its steps and checkpoints: " + topics);

            assertEquals(List.of(), Axe.seriousViolations(page), "operator page");
            otto.screenshot("batch-jobs");

            Path importDir = Path.of(System.getProperty("wlp.home"), "usr", "servers", System.getProperty("it.server"), "import");
            Files.createDirectories(importDir);
            Files.writeString(importDir.resolve("operator-" + run + ".csv"), "name,email,phone,customer_number\nOla Operator,ola." + run + "@example.com,,\nNo Mail,not-an-email,,\n");
            otto.waiting().ignoring(StaleElementReferenceException.class).until(d -> {
                d.findElement(By.cssSelector("button[aria-label='Restart execution " + failedExecution + "']")).click();
                return true;
            });
            WebElement restarted = otto.waiting().ignoring(StaleElementReferenceException.class).until(d -> d.findElements(By.cssSelector(".ui-messages-info")).stream()
                    .filter(m -> m.getText().startsWith("Restarted")).findFirst().orElse(null));
            Matcher again = STARTED.matcher(restarted.getText().trim());
            assertTrue(again.find() && restarted.getText().startsWith("Restarted execution " + failedExecution), restarted.getText());
            waitForStatus(otto, again.group(1), "completed");
            String rejects = otto.waiting().ignoring(StaleElementReferenceException.class).until(d -> d.findElements(
                            By.cssSelector(".executions tbody tr")).stream()
                    .filter(row -> row.findElements(By.tagName("td")).get(0).getText().equals(again.group(1)))
                    .flatMap(row -> row.findElements(By.cssSelector("a.job-rejects")).stream())
                    .map(a -> a.getAttribute("href")).findFirst().orElse(null));
            Api.Reply download = Api.as(base, "otto").get(java.net.URI.create(rejects).getPath());
            assertEquals(200, download.status(), rejects);
            assertEquals(List.of("line,reason,row", "3,email: 'not-an-email' is not a valid email address,\"No Mail,not-an-email,,\""),
                    download.body().lines().toList());
        }
        assertEquals("COMPLETED", jobs.finalStatus(failed), "the restarted import completed, with its own parameters");
        new Timeline(Api.as(base, "alice")).customerWith("ola." + run + "@example.com");
    }

    private long executionOf(long instance) {
        Api.Reply reply = Api.as(base, "otto").overHttps("/ibm/api/batch/jobinstances")
                .get("/ibm/api/batch/jobinstances/" + instance + "/jobexecutions");
        assertEquals(200, reply.status(), reply.body());
        return reply.array().getJsonObject(0).getJsonNumber("executionId").longValue();
    }

    /** Waits until the history's row of the execution shows the status (the page updates itself on the job's events). */
    private static void waitForStatus(Browser browser, String execution, String status) {
        browser.waiting().withTimeout(Duration.ofSeconds(120)).ignoring(StaleElementReferenceException.class).until(d -> d.findElements(By.cssSelector(".executions tbody tr")).stream()
                .anyMatch(row -> row.findElements(By.tagName("td")).size() > 2
                        && row.findElements(By.tagName("td")).get(0).getText().equals(execution)
                        && row.findElements(By.tagName("td")).get(2).getText().equalsIgnoreCase(status)));
    }
}
