package io.threadline.web.api;

import io.threadline.conversation.AttachmentStore;
import io.threadline.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The files that came with messages (email attachments), as downloads: with their stored type, as an attachment
 * (never shown inline), not sniffed and sandboxed, so that a file that is really HTML cannot run in the CRM's origin.
 */
@Path("/attachments")
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class AttachmentsResource {

    @EJB
    AttachmentStore attachments;

    @GET
    @Path("/{id: [0-9]+}")
    public Response download(@PathParam("id") long id) {
        AttachmentStore.StoredFile file = attachments.find(id).orElseThrow(() -> new NotFoundException("Attachment", id));
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", disposition(file.name()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .build();
    }

    /** RFC 6266: an ASCII fallback name and the exact name in UTF-8. */
    static String disposition(String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
