package io.threadline.web.api;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * HTTP Basic for the API. The web module's login is the agents' form login, which would answer an API client
 * with a redirect to the login page; so API callers authenticate here, against the same user registry, through
 * {@link HttpServletRequest#login}. Each resource then checks roles with {@code @RolesAllowed}. Provider webhooks
 * need no login: they verify the provider's request signature.
 */
@WebFilter(urlPatterns = "/api/*")
public class ApiAuthentication extends HttpFilter {

    static final List<String> WEBHOOKS = List.of("/api/v1/channels/twilio/", "/api/v1/channels/meta");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            if (!logIn(request, authorization.substring(6).trim())) {
                refuse(response, "The user name or password is wrong");
                return;
            }
        } else if (request.getUserPrincipal() == null && !isWebhook(request)) {
            refuse(response, "Log in with HTTP Basic authentication");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean logIn(HttpServletRequest request, String credentials) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            return false;
        }
        try {
            request.login(decoded.substring(0, colon), decoded.substring(colon + 1));
            return true;
        } catch (ServletException e) {
            return false;
        }
    }

    private static boolean isWebhook(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return WEBHOOKS.stream().anyMatch(path::startsWith);
    }

    private static void refuse(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"Threadline\", charset=\"UTF-8\"");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder().add("error", "unauthorized").add("message", message)
                .build().toString());
    }
}
