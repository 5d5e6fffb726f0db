package io.threadline.web.workspace.configuration;

import io.threadline.configuration.ConfigurationAdmin;
import io.threadline.web.configuration.ConfigurationKinds;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import java.io.Serializable;
import java.util.List;

/** A page listing one kind of unordered document (queues, calendars) with an editor for a new or a stored one. */
abstract class NamedDocumentsPage implements Serializable {

    @EJB
    ConfigurationAdmin admin;

    @Inject
    ConfigurationKinds kinds;

    @Inject
    ConfigurationChanges changes;

    private List<JsonObject> documents;
    private boolean editing;
    /** The name the edited document is stored under; null for a new one. */
    private String storedName;

    abstract String kind();

    /** Fills the editor from a stored document, or empties it for a new one ({@code null}). */
    abstract void read(JsonObject document);

    abstract JsonObject toJson();

    List<JsonObject> documents() {
        if (documents == null) {
            documents = admin.list(kinds.type(kind()));
        }
        return documents;
    }

    public void startNew() {
        storedName = null;
        read(null);
        editing = true;
    }

    public void edit(String name) {
        storedName = name;
        read(documents().stream().filter(d -> d.getString("name").equals(name)).findFirst().orElseThrow());
        editing = true;
    }

    public void cancel() {
        editing = false;
    }

    public void save() {
        JsonObject document = toJson();
        if (storedName == null ? changes.create(kind(), document) : changes.replace(kind(), storedName, document)) {
            editing = false;
            documents = null;
        }
    }

    public void delete(String name) {
        if (changes.delete(kind(), name)) {
            documents = null;
        }
    }

    public boolean isEditing() {
        return editing;
    }

    public boolean isNew() {
        return storedName == null;
    }
}
