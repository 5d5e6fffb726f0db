package io.threadline.web.workspace.configuration;

import io.threadline.configuration.ConfigurationAdmin;
import io.threadline.routing.Agents;
import io.threadline.shared.ConflictException;
import io.threadline.shared.InvalidInputException;
import io.threadline.shared.NotFoundException;
import io.threadline.web.configuration.ConfigurationKinds;
import io.threadline.web.workspace.InputErrors;
import io.threadline.web.workspace.SignedInAgent;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;

import java.util.List;

/**
 * The configuration pages' changes: only admins make them (checked here, whatever the page rendered); what the
 * validation refuses becomes a message naming the field, shown next to its input when the editor has one.
 */
@Named("configuration")
@RequestScoped
public class ConfigurationChanges {

    static final String EDITOR = "editor";

    @EJB
    ConfigurationAdmin admin;

    @EJB
    Agents agents;

    @Inject
    ConfigurationKinds kinds;

    @Inject
    SignedInAgent agent;

    /** Whether the signed-in person may change the configuration (supervisors only read it). */
    public boolean isEditable() {
        return agent.isAdmin();
    }

    boolean create(String kind, JsonObject document) {
        return change(() -> admin.create(kinds.type(kind), document, agent.getName()), "Created " + document.getString("name", ""));
    }

    boolean replace(String kind, String name, JsonObject document) {
        return change(() -> admin.replace(kinds.type(kind), name, document, agent.getName()), "Saved " + document.getString("name", name));
    }

    boolean delete(String kind, String name) {
        return change(() -> admin.delete(kinds.type(kind), name, agent.getName()), "Deleted " + name);
    }

    boolean reorder(String kind, List<String> names) {
        return change(() -> admin.reorder(kinds.type(kind), names, agent.getName()), "Saved the order");
    }

    boolean defineAgent(String username, JsonObject profile) {
        return change(() -> agents.define(username, profile, agent.getName()), "Saved " + username);
    }

    private boolean change(Runnable change, String done) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!isEditable()) {
            faces.getExternalContext().setResponseStatus(403);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Only admins change the configuration", null));
            faces.validationFailed();
            return false;
        }
        try {
            change.run();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
            return true;
        } catch (InvalidInputException e) {
            String text = e.field() + ": " + InputErrors.reason(e);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            UIComponent input = faces.getViewRoot().findComponent(EDITOR + ":" + InputErrors.inputId(e.field()));
            if (input != null) {
                faces.addMessage(input.getClientId(faces), new FacesMessage(FacesMessage.SEVERITY_ERROR, InputErrors.reason(e), null));
            }
        } catch (ConflictException | NotFoundException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
        faces.validationFailed();
        return false;
    }
}
