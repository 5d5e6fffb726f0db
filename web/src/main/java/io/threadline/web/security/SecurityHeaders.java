package io.threadline.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The headers every answer carries, pages, API, files and errors alike, set before anything is written. No other
 * site may frame a page (clickjacking), a browser must not guess a type other than the one sent, no address with
 * a customer's id leaves for another site, and the policy lets no plugin, foreign {@code <base>} or form target
 * in. Over HTTPS the browser is told to use nothing else. The chat widget runs inside customers' own pages, whose
 * policy is theirs (docs/channels.md). Mapped first in web.xml, so that an answer another filter refuses has them too.
 */
public class SecurityHeaders extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    private static final String ONE_YEAR = "max-age=31536000";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", ONE_YEAR);
        }
        chain.doFilter(request, response);
    }
}
