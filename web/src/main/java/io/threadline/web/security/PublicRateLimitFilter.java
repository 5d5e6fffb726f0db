package io.threadline.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Holds anonymous callers of the public help center and knowledge search to {@link PublicRateLimit}: over the rate,
 * {@code 429} with {@code Retry-After} (whole seconds) and a message, JSON for the API, text for pages. Requests that
 * carry credentials (editors) are not counted.
 */
public class PublicRateLimitFilter extends HttpFilter {

    @Inject
    PublicRateLimit limit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getHeader("Authorization") == null) {
            Optional<Duration> wait = limit.take(request.getRemoteAddr(), Instant.now());
            if (wait.isPresent()) {
                long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
                response.setStatus(429);
                response.setHeader("Retry-After", Long.toString(seconds));
                response.setCharacterEncoding("UTF-8");
                String message = "Too many requests from your address; try again in " + seconds + " s";
                if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                    response.setContentType("application/json");
                    response.getWriter().write(jakarta.json.Json.createObjectBuilder().add("error", "too_many_requests")
                            .add("message", message).build().toString());
                } else {
                    response.setContentType("text/plain");
                    response.getWriter().write(message + ".");
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
