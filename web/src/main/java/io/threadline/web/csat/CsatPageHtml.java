package io.threadline.web.csat;

import io.threadline.csat.CsatPage;

/** The HTML of the rating page: the form (with the rating given so far, or an error), and the thanks after it. */
final class CsatPageHtml {

    private static final String[] WORDS = {"", "Poor", "Fair", "Good", "Very good", "Great"};

    private CsatPageHtml() {
    }

    static String form(String context, String token, CsatPage page, String error) {
        StringBuilder scores = new StringBuilder();
        for (int score = 1; score <= 5; score++) {
            scores.append("<label><input type=\"radio\" name=\"score\" value=\"").append(score).append('"')
                    .append(page.score() != null && page.score() == score ? " checked" : "").append(score == 1 ? " required" : "")
                    .append(" aria-label=\"").append(score).append(" — ").append(WORDS[score]).append("\"><span>")
                    .append(score).append("</span></label>");
        }
        return page(context, "How did we do?", (error == null ? "" : "<p class=\"error\" role=\"alert\">" + escape(error) + "</p>")
                + "<p>Hi " + escape(name(page.customerName())) + ", how happy are you with our help?</p>"
                + "<form method=\"post\" action=\"" + escape(context) + "/csat/" + token + "\">"
                + "<fieldset><legend>Your rating</legend><div class=\"scores\">" + scores + "</div>"
                + "<div class=\"ends\" aria-hidden=\"true\"><span>1 = poor</span><span>5 = great</span></div></fieldset>"
                + "<label for=\"comment\">Anything you would like to tell us? (optional)</label>"
                + "<textarea id=\"comment\" name=\"comment\" maxlength=\"2000\">"
                + escape(page.comment() == null ? "" : page.comment()) + "</textarea>"
                + "<button type=\"submit\">Send rating</button></form>");
    }

    static String thanks(String context, String customerName) {
        return page(context, "Thank you!", "<p role=\"status\">Thank you, " + escape(name(customerName))
                + ". Your rating helps us get better.</p>");
    }

    private static String page(String context, String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + escape(context) + "/resources/csat/rating.css\"></head>"
                + "<body><main><div class=\"card\"><h1>" + escape(title) + "</h1>" + body + "</div></main></body></html>";
    }

    private static String name(String customerName) {
        return customerName == null || customerName.isBlank() ? "there" : customerName.strip().split("\\s+")[0];
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
