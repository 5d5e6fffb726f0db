package io.threadline.web.csat;

import io.threadline.csat.CsatPage;
import io.threadline.csat.CsatRating;
import io.threadline.csat.CsatSurveys;
import io.threadline.shared.InvalidInputException;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The satisfaction survey's public page at {@code /csat/{token}}, without a login (the link's token is the key): a
 * rating from 1 to 5 and an optional comment, in a form that works without JavaScript and on a phone.
 */
@WebServlet("/csat/*")
public class CsatPageServlet extends HttpServlet {

    @EJB
    private CsatSurveys surveys;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = token(request);
        CsatPage page = token == null ? null : find(token);
        if (page == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such survey");
            return;
        }
        write(response, HttpServletResponse.SC_OK, CsatPageHtml.form(request.getContextPath(), token, page, null));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String token = token(request);
        CsatPage page = token == null ? null : find(token);
        if (page == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such survey");
            return;
        }
        Integer score = score(request.getParameter("score"));
        String comment = request.getParameter("comment");
        try {
            surveys.answerByLink(token, score, comment);
        } catch (InvalidInputException e) {
            String error = "comment".equals(e.field()) ? "Please keep the comment under " + CsatRating.MAX_COMMENT + " characters."
                    : "Please choose a rating from 1 to 5.";
            write(response, HttpServletResponse.SC_BAD_REQUEST, CsatPageHtml.form(request.getContextPath(), token, page, error));
            return;
        }
        write(response, HttpServletResponse.SC_OK, CsatPageHtml.thanks(request.getContextPath(), page.customerName()));
    }

    private CsatPage find(String token) {
        try {
            return surveys.page(token);
        } catch (EJBException | NotFoundException e) {
            return null;
        }
    }

    private static String token(HttpServletRequest request) {
        String path = request.getPathInfo();
        String token = path == null ? "" : path.substring(1);
        return token.matches("[A-Za-z0-9_-]{43}") ? token : null;
    }

    private static Integer score(String value) {
        return value != null && value.matches("[1-5]") ? Integer.valueOf(value) : null;
    }

    private static void write(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'self'; form-action 'self'");
        response.getWriter().write(html);
    }
}
