package io.threadline.web.workspace;

import io.threadline.channel.DeadLetter;
import io.threadline.channel.DeadLetterQueue;
import io.threadline.channel.DeadLetters;
import io.threadline.erp.CustomerOrders;
import io.threadline.erp.WaitingOrder;
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
 * Admins see the inbound and the ERP messages that could not be processed, with the reason, and send them through
 * again; and the ERP's orders that wait too long for their customer.
 */
@Named("deadLetters")
@RequestScoped
public class DeadLettersPage {

    static final int SHOWN = 200;

    @EJB
    private DeadLetters deadLetters;

    @EJB
    private CustomerOrders orders;

    private final Map<DeadLetterQueue, List<DeadLetter>> letters = new EnumMap<>(DeadLetterQueue.class);
    private List<WaitingOrder> waiting;

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
