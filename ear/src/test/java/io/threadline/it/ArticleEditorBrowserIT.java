package io.threadline.it;

import io.threadline.it.browser.Axe;
import io.threadline.it.browser.Browser;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A supervisor writes a help article in the editor (the preview shows what readers will see, without the script she
 * pasted), publishes it, translates it into German, and is stopped from overwriting a colleague's save; readers find
 * it in the help center. Agents have no editor.
 */
@RunAsClient
class ArticleEditorBrowserIT extends ContainerTest {

    @Test
    void aSupervisorWritesPreviewsPublishesAndTranslatesAnArticle() {
        String word = "fennick" + Messages.unique().toLowerCase().replaceAll("[^a-z]", "");
        try (Browser sam = new Browser()) {
            WebDriver page = sam.driver();
            page.manage().window().setSize(new Dimension(1400, 1000));
            page.get(base + "knowledge/articles.xhtml");
            sam.signIn("sam");
            sam.waiting().until(d -> !d.findElements(By.cssSelector(".articles-table .article-row")).isEmpty());
            assertTrue(page.findElement(By.cssSelector(".articles-table")).getText().contains("How to return an item"),
                    "the demo's articles are listed: " + page.findElement(By.cssSelector(".articles-table")).getText());
            assertEquals(List.of(), Axe.seriousViolations(page), "articles list");

            page.findElement(By.cssSelector("a.new-article")).click();
            sam.waiting().until(d -> d.findElement(By.id("editor-title")).getText().equals("New article"));
            page.findElement(By.id("article:title")).sendKeys("Caring for your " + word);
            page.findElement(By.id("article:category_input")).sendKeys("Product care");
            page.findElement(By.id("article:tags")).sendKeys("care, leather");
            page.findElement(By.id("article:body")).sendKeys("Wipe the **" + word + "** with a damp cloth.\n\n"
                    + "<script>alert('x')</script>\n\n[Our shop](javascript:alert(1))");
            sam.waiting().until(d -> d.findElement(By.id("article:preview")).getText().endsWith("Our shop"));
            assertEquals(word, page.findElement(By.cssSelector("#article\\:preview strong")).getText());
            String previewed = page.findElement(By.id("article:preview")).getAttribute("innerHTML");
            assertTrue(page.findElements(By.cssSelector("#article\\:preview script")).isEmpty(), "no script: " + previewed);
            assertTrue(page.findElements(By.cssSelector("#article\\:preview a[href^=javascript]")).isEmpty(),
                    "no javascript: link: " + previewed);

            page.findElement(By.id("article:title")).clear();
            page.findElement(By.id("article:save")).click();
            sam.waiting().until(d -> d.findElement(By.id("article:messages")).getText().contains("Title must not be empty"));
            assertEquals(word, page.findElement(By.cssSelector("#article\\:preview strong")).getText(), "the text is kept");

            page.findElement(By.id("article:title")).sendKeys("Caring for your " + word);
            sam.choose("article:status", "PUBLISHED");
            page.findElement(By.id("article:save")).click();
            sam.waiting().until(ExpectedConditions.urlMatches(".*/knowledge/article\\.xhtml\\?id=\\d+$"));
            long id = Long.parseLong(page.getCurrentUrl().replaceAll(".*id=", ""));
            assertEquals("Published “Caring for your " + word + "”, revision 1",
                    page.findElement(By.id("article:messages")).getText());
            assertTrue(page.findElement(By.cssSelector(".public-link")).getText().startsWith("/help/en/articles/" + id + "-caring-for-your-"));
            assertEquals(List.of(), Axe.seriousViolations(page), "editor");
            sam.screenshot("article-editor");
            HelpArticles.awaitFound(base, word, "en", id);

            new Select(page.findElement(By.id("translate-language"))).selectByValue("de");
            page.findElement(By.cssSelector(".translate-form button")).click();
            sam.waiting().until(d -> d.findElement(By.id("editor-title")).getText()
                    .equals("Translate “Caring for your " + word + "” into German"));
            assertEquals("Caring for your " + word, page.findElement(By.id("article:title")).getAttribute("value"),
                    "the original's text to translate");
            page.findElement(By.id("article:title")).clear();
            page.findElement(By.id("article:title")).sendKeys("Pflege für " + word);
            page.findElement(By.id("article:body")).clear();
            page.findElement(By.id("article:body")).sendKeys("Mit einem feuchten Tuch abwischen: " + word + ".");
            sam.choose("article:status", "PUBLISHED");
            page.findElement(By.id("article:save")).click();
            sam.waiting().until(d -> d.findElement(By.id("article:messages")).getText().startsWith("Published “Pflege für"));
            assertEquals("English: Caring for your " + word + " published",
                    page.findElement(By.cssSelector(".translations li")).getText());
            long germanId = Long.parseLong(page.getCurrentUrl().replaceAll(".*id=", ""));
            HelpArticles.awaitFound(base, word, "de", germanId);

            // Sam opens the English one; meanwhile Ada saves it through the API.
            page.get(base + "knowledge/article.xhtml?id=" + id);
            Api.Reply adas = Api.as(base, "ada").put("/api/v1/knowledge/articles/" + id, """
                    {"title": "Caring for your %s", "body": "Ada's text.", "language": "en", "category": "Product care",
                     "status": "published"}""".formatted(word));
            assertEquals(200, adas.status(), adas.body());
            page.findElement(By.id("article:body")).sendKeys(" Sam's addition.");
            page.findElement(By.id("article:save")).click();
            sam.waiting().until(d -> d.findElement(By.id("article:messages")).getText()
                    .startsWith("ada saved revision 2 of this article while you edited revision 1."));
            assertEquals("Ada's text.", Api.as(base, "sam").get("/api/v1/knowledge/articles/" + id).object()
                    .getString("body"), "Ada's save stands");

            page.get(base + "knowledge/articles.xhtml?language=de&title=" + word);
            List<String> rows = page.findElements(By.cssSelector(".articles-table .article-row")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(1, rows.size(), rows.toString());
            assertTrue(rows.get(0).startsWith("Pflege für " + word + " Product care German published"), rows.get(0));

            page.findElement(By.cssSelector(".articles-table .article-link")).click();
            sam.waiting().until(d -> d.findElement(By.id("editor-title")).getText().equals("Edit “Pflege für " + word + "”"));
            page.findElement(By.id("article:delete")).click();
            sam.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
            sam.waiting().until(d -> d.findElement(By.id("pageMessages")).getText().equals("Deleted “Pflege für " + word + "”"));
            assertEquals(404, Api.as(base, "sam").get("/api/v1/knowledge/articles/" + germanId).status());
            assertEquals(List.of(), Axe.seriousViolations(page), "articles list with a message");
        }

        try (Browser alice = new Browser()) {
            alice.driver().get(base + "knowledge/articles.xhtml");
            alice.signIn("alice");
            alice.waiting().until(d -> d.findElement(By.tagName("h1")).getText().equals("You don't have access to this page"));
        }
    }
}
