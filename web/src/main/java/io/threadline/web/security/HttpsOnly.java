package io.threadline.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;

/**
 * With the server variable {@code web.https-only=true}, a request that came over plain HTTP is sent to the same address
 * over HTTPS ({@code 308}, so a form post stays a post); server.xml then also marks the login and session cookies
 * {@code Secure}, so they never travel unencrypted. Off by default, for the Quick start on plain HTTP.
 */
public class HttpsOnly extends HttpFilter {

    @Inject
    @ConfigProperty(name = "web.https-only", defaultValue = "false")
    boolean httpsOnly;

    @Inject
    @ConfigProperty(name = "https.port", defaultValue = "443")
    int httpsPort;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!httpsOnly || request.isSecure()) {
            chain.doFilter(request, response);
            return;
        }
        String query = request.getQueryString();
        response.setStatus(308);
        response.setHeader("Location", "https://" + request.getServerName() + (httpsPort == 443 ? "" : ":" + httpsPort)
                + request.getRequestURI() + (query == null ? "" : "?" + query));
    }
}
