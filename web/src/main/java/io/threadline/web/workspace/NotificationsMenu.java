package io.threadline.web.workspace;

import io.threadline.collaboration.NotificationView;
import io.threadline.collaboration.Notifications;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The top bar's notifications: the unread count and the latest mentions, each leading to its conversation. */
@Named("notifications")
@RequestScoped
public class NotificationsMenu {

    @EJB
    private Notifications notifications;

    @Inject
    private SignedInAgent agent;

    private Long unread;
    private List<NotificationView> latest;

    public long getUnread() {
        if (unread == null) {
            unread = agent.getName() == null ? 0 : notifications.unread(agent.getName());
        }
        return unread;
    }

    public List<NotificationView> getLatest() {
        if (latest == null) {
            latest = agent.getName() == null ? List.of() : notifications.of(agent.getName());
        }
        return latest;
    }
}
