package io.threadline.web.workspace;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The site's root sends the browser to the inbox, or, for someone who cannot read it, to the first page their roles
 * open (reports, batch jobs). A redirect rather than a welcome file: the container serves a welcome file by an
 * internal forward, which the {@code /agent/*} security constraint does not see, so the inbox would render for nobody
 * instead of asking to sign in. Before signing in nobody has a role, and the inbox asks for the sign-in.
 */
@WebServlet(urlPatterns = "")
public class HomeRedirect extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + startPage(request));
    }

    private static String startPage(HttpServletRequest request) {
        if (request.getUserPrincipal() == null || request.isUserInRole("viewer") || request.isUserInRole("agent")
                || request.isUserInRole("supervisor") || request.isUserInRole("admin")) {
            return "/agent/inbox.xhtml";
        }
        if (request.isUserInRole("exporter")) {
            return "/reports/index.xhtml";
        }
        if (request.isUserInRole("batch-operator")) {
            return "/operations/jobs.xhtml";
        }
        return "/agent/inbox.xhtml";
    }
}
