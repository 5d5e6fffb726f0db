package io.threadline.web.api;

import io.threadline.channel.chat.OriginPolicy;
import io.threadline.web.security.SignInAudit;
import io.threadline.web.security.SignInThrottle;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * HTTP Basic for the API. The web module's login is the agents' form login, which would answer an API client
 * with a redirect to the login page; so API callers authenticate here, against the same user registry, through
 * {@link HttpServletRequest#login}, slowed down and then locked after repeated failures ({@link SignInThrottle}:
 * {@code 429} with {@code Retry-After}). Each resource then checks roles with {@code @RolesAllowed}. Provider webhooks
 * need no login: they verify the provider's request signature. Nor do reading the published help articles, which
 * are public, and telling whether one helped.
 * <p>
 * The workspace's own scripts call the API with the agent's session cookie, which a browser would also send with
 * another site's form or script (cross-site request forgery). So a call that changes something and carries no
 * credentials of its own must come from Threadline's pages: its {@code Origin} (or, without one, its
 * {@code Referer}) must be the server's own or one of {@code crm.web.public-origins}; otherwise {@code 403}.
 */
@WebFilter(urlPatterns = "/api/*")
public class ApiAuthentication extends HttpFilter {

    static final List<String> WEBHOOKS = List.of("/api/v1/channels/twilio/", "/api/v1/channels/meta");
    private static final String PUBLIC_READS = "/api/v1/knowledge/articles";
    private static final Pattern PUBLIC_FEEDBACK = Pattern.compile("/api/v1/knowledge/articles/[0-9]+/feedback");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Logger LOG = Logger.getLogger(ApiAuthentication.class.getName());

    @Inject
    @ConfigProperty(name = "crm.web.public-origins")
    Optional<List<String>> publicOrigins;

    @Inject
    SignInThrottle throttle;

    @Inject
    SignInAudit signIns;

    private OriginPolicy ownPages;

    @PostConstruct
    void readOrigins() {
        ownPages = new OriginPolicy(publicOrigins.orElse(List.of()));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            if (!logIn(request, response, authorization.substring(6).trim())) {
                return;
            }
        } else if (request.getUserPrincipal() == null && !isWebhook(request) && !isPublic(request)) {
            refuse(response, "Log in with HTTP Basic authentication");
            return;
        } else if (request.getUserPrincipal() != null && !SAFE_METHODS.contains(request.getMethod())
                && !fromOwnPages(request)) {
            LOG.warning("Refused " + request.getMethod() + " " + request.getRequestURI() + " with a session cookie from "
                    + pageOrigin(request).orElse("no page origin"));
            refuseCrossSite(response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Signs the caller in for this request; false when refused, the refusal written. */
    private boolean logIn(HttpServletRequest request, HttpServletResponse response, String credentials) throws IOException {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = "";
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            refuse(response, "The user name or password is wrong");
            return false;
        }
        String user = decoded.substring(0, colon);
        Instant now = Instant.now();
        Optional<Duration> wait = throttle.waitBefore(user, request.getRemoteAddr(), now);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            signIns.record(user, SignInAudit.Outcome.SIGN_IN_REFUSED, request, "api");
            response.setHeader("Retry-After", Long.toString(seconds));
            writeError(response, 429, "too_many_sign_in_failures", "Too many failed sign-ins for this user name or"
                    + " from this address; try again in " + seconds + " s");
            return false;
        }
        try {
            request.login(user, decoded.substring(colon + 1));
        } catch (ServletException e) {
            throttle.failed(user, request.getRemoteAddr(), now);
            signIns.record(user, SignInAudit.Outcome.SIGN_IN_FAILED, request, "api");
            refuse(response, "The user name or password is wrong");
            return false;
        }
        throttle.succeeded(user);
        return true;
    }

    private boolean fromOwnPages(HttpServletRequest request) {
        return pageOrigin(request).filter(origin -> ownPages.allows(origin, ownAuthority(request))).isPresent();
    }

    /** Host and port the request was sent to (HTTP/2 has no Host header), the port left out where it is the scheme's own. */
    private static String ownAuthority(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean schemesOwn = port == ("https".equals(request.getScheme()) ? 443 : 80);
        return request.getServerName() + (schemesOwn ? "" : ":" + port);
    }

    /** The origin of the page that sent the request: its Origin header, or else the scheme and authority of its Referer. */
    private static Optional<String> pageOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.isBlank()) {
            return Optional.of(origin);
        }
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return Optional.empty();
        }
        try {
            URI page = URI.create(referer.trim());
            return page.getScheme() == null || page.getRawAuthority() == null ? Optional.empty()
                    : Optional.of(page.getScheme() + "://" + page.getRawAuthority());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isWebhook(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return WEBHOOKS.stream().anyMatch(path::startsWith);
    }

    private static boolean isPublic(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return SAFE_METHODS.contains(request.getMethod()) ? path.startsWith(PUBLIC_READS)
                : "POST".equals(request.getMethod()) && PUBLIC_FEEDBACK.matcher(path).matches();
    }

    private static void refuse(HttpServletResponse response, String message) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Threadline\", charset=\"UTF-8\"");
        writeError(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", message);
    }

    private static void refuseCrossSite(HttpServletResponse response) throws IOException {
        writeError(response, HttpServletResponse.SC_FORBIDDEN, "cross_site_request", "A change with a session cookie must"
                + " come from Threadline's own pages (Origin or Referer; crm.web.public-origins); other clients use HTTP Basic");
    }

    private static void writeError(HttpServletResponse response, int status, String error, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder().add("error", error).add("message", message)
                .build().toString());
    }
}
