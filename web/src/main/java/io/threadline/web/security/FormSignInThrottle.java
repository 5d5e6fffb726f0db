package io.threadline.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Instant;

/**
 * The sign-in form's post ({@code j_security_check}) under {@link SignInThrottle}: while the name or address must
 * wait, the password is not checked and the sign-in page says to try later; otherwise the server signs in as usual
 * and its answer tells a failure (the form's error page) from a success. Each outcome goes to the audit log. Mapped in
 * web.xml.
 */
public class FormSignInThrottle extends HttpFilter {

    static final String FAILED_PAGE = "/login.xhtml?failed=true";
    static final String THROTTLED_PAGE = "/login.xhtml?throttled=true";

    @Inject
    SignInThrottle throttle;

    @Inject
    SignInAudit audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String user = request.getParameter("j_username");
        if (!"POST".equals(request.getMethod()) || user == null) {
            chain.doFilter(request, response);
            return;
        }
        Instant now = Instant.now();
        if (throttle.waitBefore(user, request.getRemoteAddr(), now).isPresent()) {
            audit.record(user, SignInAudit.Outcome.SIGN_IN_REFUSED, request, "form");
            response.sendRedirect(request.getContextPath() + THROTTLED_PAGE);
            return;
        }
        chain.doFilter(request, response);
        String location = response.getHeader("Location");
        if (location != null && location.endsWith(FAILED_PAGE)) {
            throttle.failed(user, request.getRemoteAddr(), now);
            audit.record(user, SignInAudit.Outcome.SIGN_IN_FAILED, request, "form");
        } else if (location != null) {
            throttle.succeeded(user);
            audit.record(user, SignInAudit.Outcome.SIGNED_IN, request, "form");
        }
    }
}
