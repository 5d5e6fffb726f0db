package io.threadline.it;

import io.threadline.it.browser.Axe;
import io.threadline.it.browser.Browser;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ada answers a customer's privacy requests on the admin page: a wrong customer id is named, an export leaves a
 * download link, an erasure asks to be confirmed and needs who approved it, and the customer is then anonymized.
 */
@RunAsClient
class PrivacyBrowserIT extends ContainerTest {

    @Test
    void anAdminExportsThenErasesACustomerFromThePrivacyPage() {
        String phone = Messages.uniquePhone();
        Api.as(base, "erp").post("/api/v1/messages", Messages.canonical("SMS", "in-" + Messages.unique(), phone,
                "Lena Vogt", "Please delete my data " + Messages.unique(), null));
        long customer = new Timeline(Api.as(base, "alice")).customerWith(phone).getJsonNumber("id").longValue();

        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            page.get(base + "admin/privacy.xhtml");
            browser.signIn("ada");
            browser.waiting().until(ExpectedConditions.titleContains("Privacy requests"));
            assertEquals(List.of(), Axe.seriousViolations(page), "privacy page");

            fill(page, "privacy:customer", "not-an-id");
            fill(page, "privacy:reason", "Access request by phone");
            page.findElement(By.id("privacy:export")).click();
            message(browser, "customer: must be a customer's id, such as 1207"::equals);

            fill(page, "privacy:customer", String.valueOf(customer));
            fill(page, "privacy:reason", "Access request by phone");
            page.findElement(By.id("privacy:export")).click();
            message(browser, text -> text.startsWith("Export request "));
            WebElement archive = page.findElement(By.cssSelector(".privacy-requests tbody tr .archive-link"));
            assertTrue(archive.getAttribute("href").matches(".*/api/v1/admin/privacy/requests/\\d+/archive"), archive.getAttribute("href"));

            fill(page, "privacy:customer", String.valueOf(customer));
            fill(page, "privacy:reason", "Erasure request by phone");
            page.findElement(By.id("privacy:erase")).click();
            browser.waiting().until(d -> d.findElement(By.cssSelector(".ui-confirm-dialog")).isDisplayed());
            browser.screenshot("privacy-confirm");
            page.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
            message(browser, "approvedBy: is required"::equals);

            fill(page, "privacy:customer", String.valueOf(customer));
            fill(page, "privacy:reason", "Erasure request by phone");
            fill(page, "privacy:approvedBy", "dora");
            page.findElement(By.id("privacy:erase")).click();
            browser.waiting().until(d -> d.findElement(By.cssSelector(".ui-confirm-dialog")).isDisplayed());
            page.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
            message(browser, text -> text.startsWith("Customer " + customer + " erased"));
            String newest = page.findElement(By.cssSelector(".privacy-requests tbody tr")).getText();
            assertTrue(newest.contains("Erasure") && newest.contains("ada, approved by dora") && newest.contains("Erased: "), newest);
            browser.screenshot("privacy");
        }
        assertEquals("Anonymized customer " + customer,
                Api.as(base, "alice").get("/api/v1/customers/" + customer).object().getString("name"));
    }

    private static void fill(WebDriver page, String id, String value) {
        WebElement input = page.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    /** Waits until the page's message is the one {@code expected} accepts (the previous one may still show). */
    private static void message(Browser browser, Predicate<String> expected) {
        String[] last = {""};
        try {
            browser.waiting().until(d -> {
                List<WebElement> shown = d.findElements(By.cssSelector("#privacy\\:messages .ui-messages-info-summary,"
                        + " #privacy\\:messages .ui-messages-error-summary"));
                last[0] = shown.isEmpty() ? "(no message)" : shown.get(0).getText().strip();
                return expected.test(last[0]);
            });
        } catch (TimeoutException e) {
            throw new AssertionError("the page says: " + last[0], e);
        }
    }
}
