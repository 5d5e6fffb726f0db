package io.threadline.web.chat;

import io.threadline.channel.chat.LiveChat;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.json.Json;

import java.io.IOException;
import java.util.logging.Logger;

/**
 * Refuses the chat socket's handshake from pages whose Origin is not allowed ({@code crm.channels.chat.allowed-origins}):
 * {@code 403} with a JSON error, before the upgrade.
 */
@WebFilter(urlPatterns = "/chat/socket")
public class ChatOriginFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(ChatOriginFilter.class.getName());

    @Inject
    LiveChat chat;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        if (chat.origins().allows(origin, request.getHeader("Host"))) {
            chain.doFilter(request, response);
            return;
        }
        LOG.warning("Refused a chat socket from the page origin " + origin + " (crm.channels.chat.allowed-origins)");
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder().add("error", "origin_not_allowed")
                .add("message", "Pages of " + origin + " may not open the chat (crm.channels.chat.allowed-origins)")
                .build().toString());
    }
}
