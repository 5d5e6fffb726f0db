package io.threadline.it;

import io.threadline.it.browser.Browser;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Customers in a real browser: search from the top bar (markup in a name and a message shown as text) and open a
 * result; a merge suggestion dismissed; two customers merged with the preview, the merged timeline, and the merge
 * undone from the profile.
 */
@RunAsClient
class CustomersBrowserIT extends ContainerTest {

    @Test
    void searchFromTheTopBarShowsMarkupAsTextAndOpensTheConversation() {
        String run = Messages.unique();
        String name = "Ruth Ames <img src=x onerror=\"document.title='owned'\"> " + run;
        String text = "My parcel " + run + " never came <script>document.title='owned'</script> please check";
        String phone = Messages.uniquePhone();
        Api.as(base, "erp").post("/api/v1/messages", Messages.canonical("SMS", "s-" + run, phone, name, text, null));
        Timeline timeline = new Timeline(Api.as(base, "alice"));
        long customer = timeline.customerWith(phone).getJsonNumber("id").longValue();
        timeline.entryWithText(customer, text);

        try (Browser alice = new Browser()) {
            WebDriver page = alice.driver();
            signIn(alice, "alice");
            String national = "(" + phone.substring(2, 5) + ") " + phone.substring(5, 8) + "-" + phone.substring(8);
            page.findElement(By.id("search-box")).sendKeys(national, Keys.ENTER);
            WebElement hit = waiting(alice).until(d -> d.findElements(By.cssSelector(".customer-hit")).stream()
                    .filter(h -> h.getText().contains(run)).findFirst().orElse(null));
            assertTrue(hit.getText().contains(name), "the name as written, markup as text: " + hit.getText());
            assertTrue(hit.getText().contains(phone), hit.getText());
            assertTrue(hit.findElements(By.cssSelector("img")).isEmpty());
            assertEquals(national, page.findElement(By.id("search-box")).getAttribute("value"), "the box keeps the search");
            assertTrue(page.getCurrentUrl().contains("search.xhtml?q="), "a bookmarkable search: " + page.getCurrentUrl());

            WebElement box = page.findElement(By.id("search-box"));
            box.clear();
            box.sendKeys("parcel " + run, Keys.ENTER);
            WebElement message = waiting(alice).until(d -> d.findElements(By.cssSelector(".message-hit")).stream()
                    .filter(h -> h.getText().contains(run)).findFirst().orElse(null));
            assertEquals("parcel " + run, message.findElement(By.cssSelector("mark")).getText(), "the match is highlighted");
            assertTrue(message.getText().contains("<script>document.title='owned'</script>"), message.getText());
            assertTrue(message.getText().contains("SMS") && message.getText().contains(name), message.getText());
            assertTrue(message.findElements(By.cssSelector("script, img")).isEmpty());
            assertFalse(page.getTitle().contains("owned"), "no script of the customer ran");
            alice.screenshot("search");

            message.findElement(By.cssSelector("a.hit-link")).click();
            waiting(alice).until(ExpectedConditions.titleContains(run));
            assertTrue(page.findElements(By.cssSelector(".timeline .entry")).stream().anyMatch(e -> e.getText().contains(text)));

            box = page.findElement(By.id("search-box"));
            box.sendKeys("x", Keys.ENTER);
            WebElement refusal = waiting(alice).until(d -> d.findElements(By.cssSelector(".search-refusal")).stream().findFirst().orElse(null));
            assertEquals("Type at least 2 characters to search.", refusal.getText());
        }
    }

    @Test
    void aSuggestionIsDismissedTwoCustomersAreMergedWithThePreviewAndTheMergeIsUndone() {
        String run = Messages.unique();
        String name = "Pia Holm " + run;
        String email = "pia." + run + "@example.com";
        String phone = Messages.uniquePhone();
        String otherPhone = Messages.uniquePhone();
        Api erp = Api.as(base, "erp");
        erp.post("/api/v1/messages", "{\"channel\":\"EMAIL\",\"externalId\":\"<p" + run + "@mail.example.com>\",\"from\":{\"handle\":\""
                + email + "\",\"name\":\"" + name + "\"},\"subject\":\"Exchange " + run + "\",\"text\":\"Can I exchange the lamp " + run + "?\"}");
        erp.post("/api/v1/messages", Messages.canonical("SMS", "p1-" + run, phone, name, "Texting about the lamp " + run, null));
        erp.post("/api/v1/messages", Messages.canonical("SMS", "p2-" + run, phone, name, "Is the shop open today " + run + "?", null));
        erp.post("/api/v1/messages", Messages.canonical("SMS", "p3-" + run, otherPhone, "Pía  HOLM " + run, "Another Pia " + run, null));
        Timeline timeline = new Timeline(Api.as(base, "alice"));
        long pia = timeline.customerWith(email).getJsonNumber("id").longValue();
        long conversation = timeline.entryWithText(pia, "Can I exchange the lamp " + run + "?").getJsonNumber("conversationId").longValue();
        long byPhone = timeline.customerWith(phone).getJsonNumber("id").longValue();
        timeline.entryWithText(byPhone, "Is the shop open today " + run + "?");
        long otherPia = timeline.customerWith(otherPhone).getJsonNumber("id").longValue();

        try (Browser alice = new Browser()) {
            WebDriver page = alice.driver();
            signIn(alice, "alice");
            page.get(base + "agent/conversation.xhtml?id=" + conversation);
            waiting(alice).until(ExpectedConditions.titleContains(name));
            List<WebElement> suggestions = page.findElements(By.cssSelector(".merge-suggestion"));
            assertEquals(2, suggestions.size(), "the two others called " + name);
            WebElement other = suggestion(page, otherPhone, otherPia);
            assertTrue(other.getText().contains("same name"), other.getText());
            other.findElement(By.cssSelector("button")).click();
            waiting(alice).until(d -> d.getPageSource().contains("Noted: Pía  HOLM " + run + " is not the same person")
                    || d.findElements(By.cssSelector(".merge-suggestion")).size() == 1);
            waiting(alice).until(d -> d.findElements(By.cssSelector(".merge-suggestion")).size() == 1);
            String review = page.findElement(By.cssSelector(".merge-suggestion a")).getAttribute("href");
            assertTrue(review.contains("with=" + byPhone), review);

            page.findElement(By.cssSelector("a.merge-with")).click();
            waiting(alice).until(ExpectedConditions.titleContains("Merge customers"));
            page.findElement(By.id("merge:find")).sendKeys(phone);
            page.findElement(By.id("merge:findButton")).click();
            WebElement candidate = waiting(alice).until(d -> d.findElements(By.cssSelector(".candidates li")).stream()
                    .filter(c -> c.getText().contains(phone)).findFirst().orElse(null));
            candidate.findElement(By.cssSelector("button")).click();
            WebElement preview = waiting(alice).until(d -> d.findElements(By.cssSelector(".merge-preview")).stream().findFirst().orElse(null));
            assertTrue(preview.getText().contains("From " + name + " (customer " + byPhone + ") to " + name + " (customer " + pia + ")"),
                    preview.getText());
            assertEquals("1 identity, 1 conversation, 2 timeline entries", preview.findElement(By.cssSelector(".merge-totals")).getText());
            assertEquals(List.of(phone), preview.findElements(By.cssSelector(".preview-identities .identity-value")).stream()
                    .map(WebElement::getText).toList());
            List<WebElement> cells = preview.findElements(By.cssSelector(".preview-conversations tbody td"));
            assertEquals("(no subject)", cells.get(0).getText());
            assertEquals("SMS", cells.get(1).getText());
            assertEquals("2", cells.get(3).getText());
            assertEquals(name, preview.findElement(By.cssSelector(".name-after")).getText());
            alice.screenshot("merge-preview");

            page.findElement(By.id("merge:confirm")).click();
            waiting(alice).until(ExpectedConditions.titleContains(name));
            assertTrue(page.getCurrentUrl().contains("id=" + conversation), page.getCurrentUrl());
            waiting(alice).until(d -> timelineShows(d, "Is the shop open today " + run + "?"));
            assertTrue(timelineShows(page, "Merged " + name + " (customer " + byPhone + ") into this profile"));
            assertTrue(page.findElement(By.cssSelector(".profile .identities")).getText().contains(phone));
            alice.screenshot("merged-timeline");

            page.findElement(By.cssSelector(".merges .merge-record button")).click();
            WebElement yes = waiting(alice).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")));
            yes.click();
            waiting(alice).until(d -> timelineShows(d, "alice undid the merge of " + name + " (customer " + byPhone));
            assertFalse(timelineShows(page, "Is the shop open today " + run + "?"), "her texts went back with the other profile");
            assertFalse(page.findElement(By.cssSelector(".profile .identities")).getText().contains(phone));
            assertTrue(page.findElements(By.cssSelector(".merges .merge-record")).isEmpty(), "nothing left to undo");
        }
        assertEquals(byPhone, timeline.customerWith(phone).getJsonNumber("id").longValue());
    }

    private static WebElement suggestion(WebDriver page, String phone, long customer) {
        return page.findElements(By.cssSelector(".merge-suggestion")).stream()
                .filter(s -> s.findElement(By.cssSelector("a")).getAttribute("href").contains("with=" + customer))
                .findFirst().orElseThrow(() -> new AssertionError("no suggestion of customer " + customer + " (" + phone + ")"));
    }

    private static boolean timelineShows(WebDriver page, String text) {
        return page.findElements(By.cssSelector(".timeline .entry")).stream().anyMatch(e -> e.getText().contains(text));
    }

    private void signIn(Browser browser, String user) {
        browser.driver().get(base + "agent/inbox.xhtml");
        browser.signIn(user);
        waiting(browser).until(ExpectedConditions.titleContains("Inbox"));
    }

    private static WebDriverWait waiting(Browser browser) {
        return (WebDriverWait) browser.waiting().ignoring(StaleElementReferenceException.class);
    }
}
