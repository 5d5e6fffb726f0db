package io.threadline.web.help;

import io.threadline.knowledge.HelpCenter;
import io.threadline.knowledge.KnowledgeBase;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public help center's readable addresses, for its pages in {@code /helpcenter/}: {@code /help} (to the reader's
 * language), {@code /help/en} (home), {@code /help/en/search?q=} and {@code /help/en/articles/41-how-to-return-an-item};
 * and the article's "was this helpful?" form, posted to its address with {@code /feedback}, which counts the answer and
 * sends the reader back to the article, thanked. Anything else under {@code /help} does not exist.
 */
@WebFilter(urlPatterns = {"/help", "/help/*"})
public class HelpCenterRouter extends HttpFilter {

    private static final Pattern HOME = Pattern.compile("/([a-z]{2})/?");
    private static final Pattern SEARCH = Pattern.compile("/([a-z]{2})/search");
    private static final Pattern ARTICLE = Pattern.compile("/([a-z]{2})/articles/([0-9]{1,18})(?:-[a-z0-9-]*)?");
    private static final Pattern FEEDBACK = Pattern.compile("/[a-z]{2}/articles/([0-9]{1,18})(?:-[a-z0-9-]*)?/feedback");

    @EJB
    HelpCenter helpCenter;

    @EJB
    KnowledgeBase knowledge;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length() + "/help".length());
        if (path.isEmpty() || path.equals("/")) {
            response.sendRedirect(request.getContextPath() + "/help/" + readersLanguage(request));
            return;
        }
        Matcher feedback = FEEDBACK.matcher(path);
        if (feedback.matches() && "POST".equals(request.getMethod())) {
            countFeedback(request, response, Long.parseLong(feedback.group(1)));
            return;
        }
        Matcher home = HOME.matcher(path);
        Matcher search = SEARCH.matcher(path);
        Matcher article = ARTICLE.matcher(path);
        if (home.matches()) {
            forward(request, response, "home.xhtml?lang=" + home.group(1));
        } else if (search.matches()) {
            forward(request, response, "search.xhtml?lang=" + search.group(1));
        } else if (article.matches()) {
            forward(request, response, "article.xhtml?lang=" + article.group(1) + "&id=" + article.group(2));
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void countFeedback(HttpServletRequest request, HttpServletResponse response, long id) throws IOException {
        String answer = request.getParameter("helpful");
        if (!"yes".equals(answer) && !"no".equals(answer)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "helpful must be yes or no");
            return;
        }
        try {
            knowledge.feedback(id, "yes".equals(answer));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getRequestURI().substring(0, request.getRequestURI().length()
                - "/feedback".length()) + "?feedback=thanks");
    }

    private static void forward(HttpServletRequest request, HttpServletResponse response, String view)
            throws IOException, ServletException {
        request.getRequestDispatcher("/helpcenter/" + view).forward(request, response);
    }

    /** The first of the browser's languages the help center has articles in; else its default. */
    private String readersLanguage(HttpServletRequest request) {
        return helpCenter.publishedLanguages().choose(Collections.list(request.getLocales()).stream().map(Locale::getLanguage));
    }
}
