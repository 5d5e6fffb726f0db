package io.threadline.it;

import io.threadline.it.browser.Browser;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ERP's part of the profile in a real browser, on the demo data a new user starts with: Sarah's customer number,
 * value and orders with the parcel in transit and its tracking link; Helen a VIP by her lifetime value; order
 * entries and a message's order link on the timeline.
 */
@RunAsClient
class ErpProfileBrowserIT extends ContainerTest {

    @Test
    void theProfileShowsTheCustomersValueOrdersAndTheTrackingLink() {
        Timeline timeline = new Timeline(Api.as(base, "alice"));
        JsonObject sarah = timeline.customerWith("sarah.lee@example.com");
        long conversation = sarah.getJsonArray("conversations").getJsonObject(0).getJsonNumber("id").longValue();

        try (Browser alice = new Browser()) {
            WebDriver page = alice.driver();
            page.get(base + "agent/conversation.xhtml?id=" + conversation);
            alice.signIn("alice");
            waiting(alice).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".customer-value")));

            WebElement value = page.findElement(By.cssSelector(".customer-value"));
            assertEquals("C-10017", value.findElement(By.cssSelector(".erp-number")).getText());
            assertEquals("Regular", value.findElement(By.cssSelector(".segment")).getText());
            assertEquals("EUR 112.00", value.findElement(By.cssSelector(".lifetime-value")).getText(),
                    "2 × 19.50 + 14.00 + 59.00 + 0.00");
            assertTrue(value.findElement(By.cssSelector(".order-count")).getText().startsWith("3, last "),
                    value.findElement(By.cssSelector(".order-count")).getText());

            WebElement exchange = page.findElement(By.id("order-SO-48377"));
            assertEquals("shipped", exchange.findElement(By.cssSelector(".order-status")).getText().toLowerCase());
            assertTrue(exchange.findElement(By.cssSelector(".order-lines")).getText().contains("1 × Linen shirt, size M (exchange)"));
            WebElement tracking = exchange.findElement(By.cssSelector("a.tracking-link"));
            assertEquals("DHL 00340434161094042557", tracking.getText());
            assertEquals("https://www.dhl.com/track?tracking-id=00340434161094042557", tracking.getAttribute("href"));
            assertEquals("_blank", tracking.getAttribute("target"));
            assertTrue(tracking.getAttribute("rel").contains("noopener"));
            assertTrue(exchange.findElement(By.cssSelector(".shipment-status")).getText().contains("in transit"));

            assertTrue(page.findElements(By.cssSelector(".timeline .entry.order")).stream()
                    .anyMatch(e -> e.getText().contains("Order SO-48213 placed: 1 item, EUR 59.00")), "order entries on the timeline");
            WebElement mention = page.findElements(By.cssSelector(".entry-orders a")).stream()
                    .filter(a -> a.getText().equals("SO-48213")).findFirst().orElseThrow(() -> new AssertionError("no order link"));
            assertTrue(mention.getAttribute("href").endsWith("#order-SO-48213"));
            assertTrue(page.findElements(By.cssSelector(".timeline .entry")).stream().anyMatch(e -> e.getText().contains("In store")
                    && e.getText().contains("Note from the San Francisco Union Square store (Dana)")), "the store's note");
            alice.screenshot("erp-profile");
        }

        JsonObject helen = timeline.customerWith("helen.park@northwind.example");
        long helensConversation = helen.getJsonArray("conversations").getJsonObject(0).getJsonNumber("id").longValue();
        try (Browser sam = new Browser()) {
            WebDriver page = sam.driver();
            page.get(base + "agent/conversation.xhtml?id=" + helensConversation);
            sam.signIn("sam");
            waiting(sam).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".customer-value")));
            assertEquals("VIP", page.findElement(By.cssSelector(".profile .vip-badge")).getText());
            assertEquals("EUR 6,630.00", page.findElement(By.cssSelector(".lifetime-value")).getText());
            assertTrue(page.findElements(By.cssSelector(".timeline .entry")).stream().anyMatch(e -> e.getText()
                    .contains("Helen Park is now VIP: lifetime value EUR 5,650.00 reached EUR 5,000.00")), "why she is VIP");
        }
    }

    private static WebDriverWait waiting(Browser browser) {
        return (WebDriverWait) browser.waiting().ignoring(StaleElementReferenceException.class);
    }
}
