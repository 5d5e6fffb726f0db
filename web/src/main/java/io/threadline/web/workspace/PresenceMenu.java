package io.threadline.web.workspace;

import io.threadline.routing.Agents;
import io.threadline.routing.Presence;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.util.List;

/** The top bar's presence: whether routing gives the signed-in agent new conversations (ONLINE) or not. */
@Named("presence")
@RequestScoped
public class PresenceMenu {

    @EJB
    private Agents agents;

    @Inject
    private SignedInAgent agent;

    private String status;

    public String getStatus() {
        if (status == null && agent.getName() != null) {
            status = agents.presenceOf(agent.getName()).name();
        }
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public List<String> getStatuses() {
        return List.of(Presence.ONLINE.name(), Presence.AWAY.name(), Presence.OFFLINE.name());
    }

    /** Saves the status chosen in the menu. */
    public void change() {
        agents.changePresence(agent.getName(), Presence.valueOf(status), Instant.now());
    }

    public String label(String value) {
        return switch (Presence.valueOf(value)) {
            case ONLINE -> "Online";
            case AWAY -> "Away";
            case OFFLINE -> "Offline";
        };
    }
}
