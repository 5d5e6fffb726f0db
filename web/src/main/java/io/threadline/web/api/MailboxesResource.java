package io.threadline.web.api;

import io.threadline.channel.email.MailboxStatus;
import io.threadline.channel.email.MailboxStatuses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** How the import from each configured mailbox is going on this server: last poll, counts, the last error. */
@Path("/admin/mailboxes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class MailboxesResource {

    @Inject
    MailboxStatuses statuses;

    @GET
    public List<MailboxStatus> list() {
        return statuses.all();
    }
}
