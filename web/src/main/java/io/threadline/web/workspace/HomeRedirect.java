package io.threadline.web.workspace;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The site's root sends the browser to the inbox. A redirect rather than a welcome file: the container serves a
 * welcome file by an internal forward, which the {@code /agent/*} security constraint does not see, so the inbox
 * would render for nobody instead of asking to sign in.
 */
@WebServlet(urlPatterns = "")
public class HomeRedirect extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/agent/inbox.xhtml");
    }
}
