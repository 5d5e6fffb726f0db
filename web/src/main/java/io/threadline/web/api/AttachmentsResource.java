package io.threadline.web.api;

import io.threadline.channel.outbound.ReplyAttachments;
import io.threadline.conversation.AttachmentStore;
import io.threadline.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The files that came with messages (email attachments) and those agents send with replies, as downloads: with their
 * stored type, as an attachment (never shown inline), not sniffed and sandboxed, so that a file that is really HTML
 * cannot run in the CRM's origin. Agents upload a reply's files here first, then name their ids in the reply.
 */
@Path("/attachments")
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION, Roles.VIEWER})
public class AttachmentsResource {

    @EJB
    AttachmentStore attachments;

    @EJB
    ReplyAttachments replyFiles;

    /**
     * A file to send with a reply: the body is the file's bytes, {@code Content-Type} its type, {@code name} its file
     * name; 201 with {@code {"id", "name", "contentType", "size"}}. Only its uploader can name it in a reply.
     */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Response upload(byte[] content, @QueryParam("name") String name, @HeaderParam("Content-Type") String contentType,
                           @Context SecurityContext security, @Context UriInfo uri) {
        ReplyAttachments.Uploaded uploaded = replyFiles.upload(name, contentType, content, security.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(uploaded.id())).build()).entity(uploaded).build();
    }

    @GET
    @Path("/{id: [0-9]+}")
    public Response download(@PathParam("id") long id, @Context SecurityContext security) {
        AttachmentStore.StoredFile file = attachments.findFor(id, security.getUserPrincipal().getName())
                .orElseThrow(() -> new NotFoundException("Attachment", id));
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", disposition(file.name()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .build();
    }

    /** RFC 6266: an ASCII fallback name and the exact name in UTF-8. */
    public static String disposition(String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
