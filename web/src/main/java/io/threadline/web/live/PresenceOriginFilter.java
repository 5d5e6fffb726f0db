package io.threadline.web.live;

import io.threadline.channel.chat.OriginPolicy;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.logging.Logger;

/**
 * Only the workspace's own pages may open a presence socket: the browser would send the agent's session cookie
 * with another site's handshake too (cross-site WebSocket hijacking), so a foreign Origin gets {@code 403}.
 */
@WebFilter(urlPatterns = "/agent/presence/*")
public class PresenceOriginFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(PresenceOriginFilter.class.getName());
    private static final OriginPolicy OWN_PAGES_ONLY = new OriginPolicy(List.of());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        if (OWN_PAGES_ONLY.allows(origin, request.getHeader("Host"))) {
            chain.doFilter(request, response);
            return;
        }
        LOG.warning("Refused a presence socket from the page origin " + origin);
        response.sendError(HttpServletResponse.SC_FORBIDDEN, "Only Threadline's own pages may open this socket");
    }
}
