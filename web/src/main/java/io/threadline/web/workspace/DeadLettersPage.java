package io.threadline.web.workspace;

import io.threadline.channel.DeadLetter;
import io.threadline.channel.DeadLetters;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.List;

/** Admins see the inbound messages that could not be processed, with the reason, and send them through again. */
@Named("deadLetters")
@RequestScoped
public class DeadLettersPage {

    static final int SHOWN = 200;

    @EJB
    private DeadLetters deadLetters;

    private List<DeadLetter> letters;

    public List<DeadLetter> getLetters() {
        if (letters == null) {
            letters = deadLetters.list(SHOWN);
        }
        return letters;
    }

    public void replay(String messageId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            deadLetters.replay(messageId);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Sent " + messageId + " through again", null));
        } catch (NotFoundException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
        }
        letters = null;
    }
}
