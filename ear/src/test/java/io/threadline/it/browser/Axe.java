package io.threadline.it.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * axe-core, the field's accessibility checker, run on the page a browser shows: its script (from the axe-core webjar,
 * version pinned in the parent POM) is injected and checks the page against WCAG 2.1 A and AA.
 */
public final class Axe {

    private static final String SCRIPT = script();

    private Axe() {
    }

    /** The serious and critical violations on the page, one line each: rule, impact, what it means, where. */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(WebDriver page) {
        JavascriptExecutor js = (JavascriptExecutor) page;
        // Checked once the page has loaded with its style sheets, as a person sees it.
        js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "if (document.readyState === 'complete') done(); else window.addEventListener('load', function () { done(); });");
        js.executeScript(SCRIPT);
        List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(function (r) { done(r.violations.map(function (v) { return {id: v.id, impact: v.impact, help: v.help,"
                        + " targets: v.nodes.map(function (n) { return n.target.join(' ') + ' [' + n.failureSummary + ']'; }).join(', ')}; })); },"
                        + " function (e) { done([{id: 'axe-error', impact: 'critical', help: String(e), targets: ''}]); });");
        return violations.stream().filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " at " + v.get("targets")).toList();
    }

    private static String script() {
        try {
            Properties webjar = new Properties();
            webjar.load(resource("META-INF/maven/org.webjars.npm/axe-core/pom.properties"));
            try (InputStream js = resource("META-INF/resources/webjars/axe-core/" + webjar.getProperty("version") + "/axe.min.js")) {
                return new String(js.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read axe-core's script", e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Axe.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the test class path (the axe-core webjar)");
        }
        return in;
    }
}
