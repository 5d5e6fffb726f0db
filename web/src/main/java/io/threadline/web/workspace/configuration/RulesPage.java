package io.threadline.web.workspace.configuration;

import io.threadline.configuration.ConfigurationAdmin;
import io.threadline.routing.Teams;
import io.threadline.web.configuration.ConfigurationKinds;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.primefaces.event.ReorderEvent;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The ordered list of one kind of rule (routing rules, SLA policies, automation rules) and its editor: the pages of
 * the three kinds differ only in the part of the editor that says what the rule does.
 */
@Named("rulesPage")
@ViewScoped
public class RulesPage implements Serializable {

    private static final int POSITION_STEP = 10;

    @EJB
    ConfigurationAdmin admin;

    @EJB
    Teams teams;

    @Inject
    ConfigurationKinds kinds;

    @Inject
    ConfigurationChanges changes;

    private String kind;
    private List<JsonObject> rules = List.of();
    private RuleDraft draft;
    private boolean jsonView;
    private String json;

    /** Opens the page on {@code kind}, e.g. {@code routing-rules}. */
    public void open(String kind) {
        this.kind = kind;
        load();
    }

    private void load() {
        rules = admin.list(kinds.type(kind));
    }

    public List<RuleRow> getRules() {
        RuleActionsForm form = newForm();
        return rules.stream().map(r -> new RuleRow(r.getString("name"), r.getInt("position", 0), r.getBoolean("enabled", true),
                ConditionRows.summary(r.containsKey("when") ? r.getJsonObject("when") : null), form.summary(r))).toList();
    }

    public void startNew() {
        int last = rules.stream().mapToInt(r -> r.getInt("position", 0)).max().orElse(0);
        draft = RuleDraft.blank(newForm(), last + POSITION_STEP);
        jsonView = false;
    }

    public void edit(String name) {
        draft = RuleDraft.of(rule(name), newForm());
        jsonView = false;
    }

    public void cancel() {
        draft = null;
    }

    public void save() {
        JsonObject document = jsonView ? fromJsonView() : draft.toJson();
        if (document == null) {
            return;
        }
        boolean saved = draft.isNew() ? changes.create(kind, document) : changes.replace(kind, draft.storedName(), document);
        if (saved) {
            draft = null;
            load();
        }
    }

    public void delete(String name) {
        if (changes.delete(kind, name)) {
            load();
        }
    }

    /** Turns a rule on or off, leaving the rest of it as it is. */
    public void toggle(String name) {
        JsonObject rule = rule(name);
        JsonObject toggled = Json.createObjectBuilder(rule).add("enabled", !rule.getBoolean("enabled", true)).build();
        if (changes.replace(kind, name, toggled)) {
            load();
        }
    }

    public void moveUp(String name) {
        move(names().indexOf(name), names().indexOf(name) - 1);
    }

    public void moveDown(String name) {
        move(names().indexOf(name), names().indexOf(name) + 1);
    }

    /** A row dragged to another place in the table. */
    public void dragged(ReorderEvent event) {
        move(event.getFromIndex(), event.getToIndex());
    }

    private void move(int from, int to) {
        List<String> order = new ArrayList<>(names());
        if (from < 0 || to < 0 || to >= order.size() || from == to) {
            return;
        }
        order.add(to, order.remove(from));
        changes.reorder(kind, order);
        load();
    }

    public void showJson() {
        json = PrettyJson.print(draft.toJson());
        jsonView = true;
    }

    public void showForm() {
        JsonObject document = fromJsonView();
        if (document != null) {
            draft.read(document);
            jsonView = false;
        }
    }

    private JsonObject fromJsonView() {
        try {
            return PrettyJson.object(json);
        } catch (JsonException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "JSON: " + e.getMessage(), null));
            faces.validationFailed();
            return null;
        }
    }

    private List<String> names() {
        return rules.stream().map(r -> r.getString("name")).toList();
    }

    private JsonObject rule(String name) {
        return rules.stream().filter(r -> r.getString("name").equals(name)).findFirst().orElse(JsonValue.EMPTY_JSON_OBJECT);
    }

    private RuleActionsForm newForm() {
        Supplier<RuleActionsForm> form = switch (kind) {
            case "routing-rules" -> RoutingActionsForm::new;
            case "sla-policies" -> SlaPolicyForm::new;
            default -> AutomationForm::new;
        };
        return form.get();
    }

    public Set<String> getQueues() {
        return teams.queues();
    }

    public List<String> getCalendars() {
        return admin.list(kinds.type("calendars")).stream().map(c -> c.getString("name")).toList();
    }

    public String getKind() {
        return kind;
    }

    public RuleDraft getDraft() {
        return draft;
    }

    public boolean isJsonView() {
        return jsonView;
    }

    public String getJson() {
        return json;
    }

    public void setJson(String json) {
        this.json = json;
    }
}
