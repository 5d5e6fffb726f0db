package io.threadline.web.api;

import io.threadline.collaboration.NotificationView;
import io.threadline.collaboration.Notifications;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import java.util.List;

/** The caller's notifications (mentions in notes), newest first, and marking one read. */
@Path("/notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class NotificationsResource {

    @EJB
    Notifications notifications;

    public record Inbox(long unread, List<NotificationView> notifications) {
    }

    @GET
    public Inbox mine(@Context SecurityContext security) {
        String me = security.getUserPrincipal().getName();
        return new Inbox(notifications.unread(me), notifications.of(me));
    }

    @POST
    @Path("/{id}/read")
    public NotificationView read(@PathParam("id") long id, @Context SecurityContext security) {
        return notifications.markRead(id, security.getUserPrincipal().getName());
    }
}
