package io.threadline.web.workspace;

import io.threadline.workspace.Inbox;
import io.threadline.workspace.InboxRow;
import io.threadline.workspace.InboxView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The inbox page: the chosen view's conversations, most urgent first, and the count of every view. */
@Named("inbox")
@ViewScoped
public class InboxPage implements Serializable {

    @EJB
    private Inbox inbox;

    @Inject
    private SignedInAgent agent;

    private String view = InboxView.ALL.name();
    private List<InboxRow> rows = List.of();
    private Map<InboxView, Long> counts = Map.of();

    public void load() {
        InboxView chosen = Arrays.stream(InboxView.values()).filter(v -> v.name().equalsIgnoreCase(view)).findFirst()
                .orElse(InboxView.ALL);
        view = chosen.name();
        rows = inbox.rows(chosen, agent.getName());
        counts = inbox.counts(agent.getName());
    }

    public String getCurrentLabel() {
        return InboxView.valueOf(view).label();
    }

    public List<InboxView> getViews() {
        return List.of(InboxView.values());
    }

    public long count(InboxView v) {
        return counts.getOrDefault(v, 0L);
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view;
    }

    public List<InboxRow> getRows() {
        return rows;
    }
}
