package io.threadline.it;

import io.threadline.it.browser.Browser;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.Map;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signing in and out as a person does: failures that go on are slowed down, and a signed-out cookie is dead. */
@RunAsClient
class SignInBrowserIT extends ContainerTest {

    @Test
    void aLoginCookieIsRefusedOnceItsOwnerHasSignedOut() {
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            page.get(base + "agent/inbox.xhtml");
            browser.signIn("alice");
            browser.waiting().until(ExpectedConditions.titleContains("Inbox"));
            Cookie login = page.manage().getCookieNamed("LtpaToken2");
            assertEquals(200, withCookie(login), "the cookie works while alice is signed in");

            page.findElement(By.cssSelector("[id$='signOut']")).click();
            browser.waiting().until(d -> d.getPageSource().contains("You have signed out"));

            assertEquals(401, withCookie(login), "the same cookie, presented again after signing out");
        }
    }

    @Test
    void failedSignInsThatGoOnAreAskedToWaitWithoutSayingWhetherTheNameExists() {
        String nobody = "nobody-" + Messages.unique();
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            for (int attempt = 1; attempt <= 5; attempt++) {
                page.get(base + "login.xhtml");
                signIn(browser, nobody, "wrong-" + attempt);
                browser.waiting().until(d -> d.getPageSource().contains("The user name or password is wrong"));
            }
            // The pause after the fifth failure is a second, then two, four...: a slow page may outlast the first
            // ones; the tenth failure locks the name whatever the timing.
            for (int attempt = 6; attempt <= 11 && !page.getPageSource().contains("Too many failed sign-ins"); attempt++) {
                page.get(base + "login.xhtml");
                signIn(browser, nobody, "wrong-" + attempt);
                browser.waiting().until(d -> d.getPageSource().contains("Too many failed sign-ins")
                        || d.getPageSource().contains("The user name or password is wrong"));
            }
            assertTrue(page.getPageSource().contains("Too many failed sign-ins"), "asked to wait by the eleventh attempt");
            browser.screenshot("sign-in-throttled");
            String alert = page.findElement(By.cssSelector("[role='alert']")).getText();
            assertTrue(alert.contains("Please wait a few minutes"), alert);
            assertTrue(!alert.contains(nobody) && !alert.toLowerCase().contains("exist"), "says nothing of the account: " + alert);
        }
    }

    private static void signIn(Browser browser, String user, String password) {
        WebDriver page = browser.driver();
        browser.waiting().until(d -> !d.findElements(By.id("username")).isEmpty());
        page.findElement(By.id("username")).sendKeys(user);
        page.findElement(By.id("password")).sendKeys(password);
        page.findElement(By.id("signIn")).click();
    }

    private int withCookie(Cookie login) {
        return Api.as(base, null).fromBrowser("GET", "/api/v1/agents/me/presence",
                Map.of("Cookie", login.getName() + "=" + login.getValue())).status();
    }
}
