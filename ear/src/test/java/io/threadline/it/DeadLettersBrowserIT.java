package io.threadline.it;

import io.threadline.it.browser.Axe;
import io.threadline.it.browser.Browser;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Ada's dead letters page: every queue's failed messages, the replies waiting too long, the ERP's waiting orders. */
@RunAsClient
class DeadLettersBrowserIT extends ContainerTest {

    @Test
    void theAdminSeesEveryQueueAndTheRepliesWaitingTooLong() {
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            page.get(base + "admin/dead-letters.xhtml");
            browser.signIn("ada");
            browser.waiting().until(ExpectedConditions.titleContains("Dead letters"));
            assertEquals(List.of("Inbound messages that could not be processed", "ERP and store messages that could not be processed",
                            "Replies that could not be processed", "Automation webhooks that could not be processed",
                            "Replies waiting to go out", "ERP orders waiting for their customer"),
                    page.findElements(By.cssSelector("main h1")).stream().map(WebElement::getText).toList());
            assertEquals(List.of(), Axe.seriousViolations(page), "dead letters page");
            browser.screenshot("dead-letters");
        }
    }
}
