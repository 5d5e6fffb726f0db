package io.threadline.web.workspace;

import io.threadline.routing.Agents;
import io.threadline.routing.Presence;
import io.threadline.shared.Actor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.time.Instant;

/** The person signed in to the workspace: their name, what their roles let them see, and signing out. */
@Named("agent")
@RequestScoped
public class SignedInAgent {

    @Inject
    ExternalContext external;

    @EJB
    Agents agents;

    public String getName() {
        return external.getUserPrincipal() == null ? null : external.getUserPrincipal().getName();
    }

    public boolean isSupervisor() {
        return external.isUserInRole("supervisor") || isAdmin();
    }

    /** The person as the teamwork services see them. */
    public Actor actor() {
        return new Actor(getName(), isSupervisor());
    }

    public boolean isAdmin() {
        return external.isUserInRole("admin");
    }

    /**
     * Agents, supervisors and admins work in the workspace (inbox, conversations) and change what is there: the edit
     * permission. Batch operators may not.
     */
    public boolean isAgent() {
        return external.isUserInRole("agent") || isSupervisor();
    }

    /** Reads the workspace: everyone who edits it, and viewers, who see what agents see and change nothing. */
    public boolean isViewer() {
        return external.isUserInRole("viewer") || isAgent();
    }

    /** Opens the reports: supervisors and admins, viewers, and exporters. */
    public boolean isReportReader() {
        return isSupervisor() || external.isUserInRole("viewer") || isExporter();
    }

    /** Downloads reports as CSV: the export permission, which supervisors and admins have too. */
    public boolean isExporter() {
        return external.isUserInRole("exporter") || isSupervisor();
    }

    public boolean isBatchOperator() {
        return external.isUserInRole("batch-operator") || isAdmin();
    }

    /** Signing out takes the agent offline: routing gives them nothing new. */
    public void signOut() throws ServletException, IOException {
        agents.changePresence(getName(), Presence.OFFLINE, Instant.now());
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
        FacesContext.getCurrentInstance().responseComplete();
    }
}
