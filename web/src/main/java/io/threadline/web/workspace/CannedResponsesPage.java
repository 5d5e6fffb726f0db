package io.threadline.web.workspace;

import io.threadline.composer.CannedResponseView;
import io.threadline.composer.CannedResponses;
import io.threadline.composer.Placeholders;
import io.threadline.shared.ConflictException;
import io.threadline.shared.ForbiddenException;
import io.threadline.shared.InvalidInputException;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The canned responses page: the shared ones and the agent's own, created and edited in a dialog. */
@Named("cannedPage")
@ViewScoped
public class CannedResponsesPage implements Serializable {

    @EJB
    private CannedResponses canned;

    @Inject
    private SignedInAgent agent;

    private List<CannedResponseView> responses;
    /** The response being edited in the dialog; null for a new one. */
    private Long editing;
    private String title;
    private String shortcut;
    private String body;
    private boolean shared;

    public void load() {
        responses = canned.visibleTo(agent.actor());
    }

    public void startNew() {
        editing = null;
        title = null;
        shortcut = null;
        body = null;
        shared = false;
    }

    public void edit(CannedResponseView response) {
        editing = response.id();
        title = response.title();
        shortcut = response.shortcut();
        body = response.body();
        shared = response.shared();
    }

    public void save() {
        CannedResponses.Fields fields = new CannedResponses.Fields(title, shortcut, body, shared);
        try {
            if (editing == null) {
                canned.create(fields, agent.actor());
            } else {
                canned.update(editing, fields, agent.actor());
            }
            message(null, FacesMessage.SEVERITY_INFO, "Saved “" + title.strip() + "”");
            PrimeFaces.current().executeScript("PF('cannedDialog').hide()");
            load();
        } catch (InvalidInputException e) {
            message("editor", FacesMessage.SEVERITY_ERROR, label(e.field()) + " " + InputErrors.reason(e));
        } catch (ConflictException | ForbiddenException | NotFoundException e) {
            message("editor", FacesMessage.SEVERITY_ERROR, e.getMessage());
        }
    }

    public void delete(CannedResponseView response) {
        try {
            canned.delete(response.id(), agent.actor());
            message(null, FacesMessage.SEVERITY_INFO, "Deleted “" + response.title() + "”");
        } catch (ForbiddenException | NotFoundException e) {
            message(null, FacesMessage.SEVERITY_ERROR, e.getMessage());
        }
        load();
    }

    /** Whether the agent may edit or delete it: their own, or any shared one for supervisors and admins. */
    public boolean mayManage(CannedResponseView response) {
        return response.shared() ? agent.isSupervisor() : agent.getName().equals(response.owner());
    }

    /** The placeholders a response may use, sorted, with what each stands for. */
    public Map<String, String> getPlaceholders() {
        return new TreeMap<>(Placeholders.KNOWN);
    }

    private static String label(String field) {
        return switch (field) {
            case "title" -> "Title";
            case "shortcut" -> "Shortcut";
            case "body" -> "Text";
            default -> field;
        };
    }

    private static void message(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }

    public List<CannedResponseView> getResponses() {
        return responses;
    }

    public boolean isEditingExisting() {
        return editing != null;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getShortcut() {
        return shortcut;
    }

    public void setShortcut(String shortcut) {
        this.shortcut = shortcut;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public boolean isShared() {
        return shared;
    }

    public void setShared(boolean shared) {
        this.shared = shared;
    }
}
