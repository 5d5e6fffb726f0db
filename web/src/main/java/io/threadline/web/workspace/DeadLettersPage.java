package io.threadline.web.workspace;

import io.threadline.channel.DeadLetter;
import io.threadline.channel.DeadLetterQueue;
import io.threadline.channel.DeadLetters;
import io.threadline.erp.CustomerOrders;
import io.threadline.erp.WaitingOrder;
import io.threadline.channel.outbound.StuckReplies;
import io.threadline.shared.ConflictException;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Admins see the messages that could not be processed (inbound, ERP, replies, automation webhooks), with the reason,
 * and send them through again; replies that wait too long to go out, to send again; and the ERP's orders that wait
 * too long for their customer.
 */
@Named("deadLetters")
@RequestScoped
public class DeadLettersPage {

    static final int SHOWN = 200;

    @EJB
    private DeadLetters deadLetters;

    @EJB
    private CustomerOrders orders;

    @EJB
    private StuckReplies stuckReplies;

    private final Map<DeadLetterQueue, List<DeadLetter>> letters = new EnumMap<>(DeadLetterQueue.class);
    private List<WaitingOrder> waiting;
    private List<StuckReplies.StuckReply> stuck;

    public List<DeadLetterQueue> getQueues() {
        return List.of(DeadLetterQueue.values());
    }

    public List<DeadLetter> lettersOf(DeadLetterQueue queue) {
        return letters.computeIfAbsent(queue, q -> deadLetters.list(q, SHOWN));
    }

    public List<WaitingOrder> getWaitingOrders() {
        if (waiting == null) {
            waiting = orders.waitingTooLong(SHOWN);
        }
        return waiting;
    }

    public List<StuckReplies.StuckReply> getStuckReplies() {
        if (stuck == null) {
            stuck = stuckReplies.waiting(SHOWN);
        }
        return stuck;
    }

    public void sendAgain(long entryId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            stuckReplies.sendAgain(entryId);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Reply " + entryId + " is queued again", null));
        } catch (NotFoundException | ConflictException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
        }
        stuck = null;
    }

    public void replay(DeadLetterQueue queue, String messageId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            deadLetters.replay(queue, messageId);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Sent " + messageId + " through again", null));
        } catch (NotFoundException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
        }
        letters.clear();
    }
}
