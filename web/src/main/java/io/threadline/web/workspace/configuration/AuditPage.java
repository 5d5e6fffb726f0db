package io.threadline.web.workspace.configuration;

import io.threadline.audit.AuditEntryView;
import io.threadline.audit.AuditFilter;
import io.threadline.audit.AuditLog;
import io.threadline.configuration.ConfigKind;
import io.threadline.reporting.ReportingSettings;
import io.threadline.shared.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The audit log, newest first: every configuration change (who, when, what, and the document before and after),
 * sign-ins and customers viewed. Filter by kind, who, subject and days, page to older, export what the filter shows.
 */
@Named("auditPage")
@ViewScoped
public class AuditPage implements Serializable {

    static final int PAGE = 25;

    /** One change with both documents pretty-printed and the top-level fields that differ. */
    public record Change(AuditEntryView entry, String before, String after, String changedFields) implements Serializable {
    }

    @EJB
    AuditLog audit;

    @Inject
    ReportingSettings reporting;

    private String kind;
    private String actor;
    private String name;
    private String from;
    private String to;
    private List<Change> changes;
    /** The ids of the newest entry of each page shown before this one, to go back to newer entries. */
    private final List<Long> newer = new ArrayList<>();

    public List<Change> getChanges() {
        if (changes == null) {
            load(null);
        }
        return changes;
    }

    private void load(Long beforeId) {
        try {
            changes = audit.newest(AuditFilter.of(kind, actor, name, from, to, reporting.zone()), beforeId, PAGE).stream()
                    .map(AuditPage::change).toList();
        } catch (InvalidInputException e) {
            changes = List.of();
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    static Change change(AuditEntryView entry) {
        return new Change(entry, PrettyJson.print(entry.before()), PrettyJson.print(entry.after()), changedFields(entry));
    }

    private static String changedFields(AuditEntryView entry) {
        JsonObject before = object(entry.before());
        JsonObject after = object(entry.after());
        if (before == null || after == null) {
            return "";
        }
        return String.join(", ", Stream.concat(before.keySet().stream(), after.keySet().stream())
                .filter(key -> !Objects.equals(before.get(key), after.get(key))).collect(Collectors.toCollection(TreeSet::new)));
    }

    private static JsonObject object(String text) {
        try {
            return text == null ? null : PrettyJson.object(text);
        } catch (JsonException e) {
            return null;
        }
    }

    public void filter() {
        newer.clear();
        load(null);
    }

    public void older() {
        List<Change> shown = getChanges();
        if (!shown.isEmpty()) {
            newer.add(shown.get(0).entry().id() + 1);
            load(shown.get(shown.size() - 1).entry().id());
        }
    }

    public void newer() {
        if (!newer.isEmpty()) {
            load(newer.remove(newer.size() - 1));
        }
    }

    public boolean isMayGoOlder() {
        return getChanges().size() == PAGE;
    }

    public boolean isMayGoNewer() {
        return !newer.isEmpty();
    }

    public List<String> getKinds() {
        List<String> kinds = new ArrayList<>(Stream.of(ConfigKind.values()).map(ConfigKind::label).toList());
        kinds.addAll(List.of("agent", "audit", "conversation", "customer", "sign-in"));
        return kinds;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }
}
