package io.threadline.collaboration;

import io.threadline.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/** A person's notifications: newest first, with the unread count the top bar shows. */
@Stateless
public class Notifications {

    public static final int SHOWN = 30;

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    public List<NotificationView> of(String recipient) {
        return em.createNamedQuery("Notification.of", Notification.class).setParameter("recipient", recipient)
                .setMaxResults(SHOWN).getResultStream().map(NotificationView::of).toList();
    }

    public long unread(String recipient) {
        return em.createNamedQuery("Notification.unreadCount", Long.class).setParameter("recipient", recipient)
                .getSingleResult();
    }

    /** Marks one of the recipient's notifications read and returns it; someone else's is not found. */
    public NotificationView markRead(long id, String recipient) {
        Notification notification = em.find(Notification.class, id);
        if (notification == null || !notification.getRecipient().equals(recipient)) {
            throw new NotFoundException("Notification", id);
        }
        notification.markRead(Instant.now());
        return NotificationView.of(notification);
    }

    /** Opening a conversation reads every notification the person had about it. */
    public int markConversationRead(long conversationId, String recipient) {
        return em.createNamedQuery("Notification.readConversation").setParameter("now", Instant.now())
                .setParameter("recipient", recipient).setParameter("conversationId", conversationId).executeUpdate();
    }
}
