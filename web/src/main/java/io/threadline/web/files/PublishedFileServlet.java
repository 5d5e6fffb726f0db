package io.threadline.web.files;

import io.threadline.channel.outbound.FileLinkSignature;
import io.threadline.channel.outbound.FileLinks;
import io.threadline.channel.outbound.ReplySettings;
import io.threadline.conversation.AttachmentStore;
import io.threadline.web.api.AttachmentsResource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The files agents sent to customers, at {@code /files/{token}?expires=…&signature=…} without a login: the chat
 * visitor opens them from the widget, Twilio fetches them as a message's media. The token is unguessable and exists
 * only for files that were sent, and the link is signed and expires ({@link FileLinks}); the file is served as a
 * download, not sniffed, sandboxed, like {@link AttachmentsResource}.
 */
@WebServlet(ReplySettings.FILES_PATH + "*")
public class PublishedFileServlet extends HttpServlet {

    @EJB
    private AttachmentStore files;

    @Inject
    private FileLinks links;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        FileLinkSignature.Verdict link = token.matches("[A-Za-z0-9_-]{16,64}")
                ? links.check(token, request.getParameter("expires"), request.getParameter("signature"))
                : FileLinkSignature.Verdict.FORGED;
        if (link == FileLinkSignature.Verdict.EXPIRED) {
            response.sendError(HttpServletResponse.SC_GONE, "This link to a file has expired; ask us to send it again");
            return;
        }
        AttachmentStore.StoredFile file = link == FileLinkSignature.Verdict.VALID ? files.findPublished(token).orElse(null) : null;
        if (file == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such file");
            return;
        }
        response.setContentType(file.contentType());
        response.setContentLength(file.content().length);
        response.setHeader("Content-Disposition", AttachmentsResource.disposition(file.name()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.getOutputStream().write(file.content());
    }
}
