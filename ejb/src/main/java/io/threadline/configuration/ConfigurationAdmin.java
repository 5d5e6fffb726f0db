package io.threadline.configuration;

import io.threadline.shared.InvalidInputException;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.List;
import java.util.Optional;

/**
 * The admin use cases over every kind of configuration document: list, read, create, replace, delete. A document is
 * parsed and its references checked before anything is stored, so bad configuration is refused whole.
 */
@Stateless
public class ConfigurationAdmin {

    @EJB
    private ConfigurationStore store;

    public <T> List<JsonObject> list(DocumentType<T> type) {
        return store.all(type.kind()).stream().map(ConfigDocument::content).map(type::present).toList();
    }

    public <T> JsonObject get(DocumentType<T> type, String name) {
        return type.present(store.find(type.kind(), name).orElseThrow(() -> new NotFoundException(type.kind().label(), name)));
    }

    public <T> JsonObject create(DocumentType<T> type, JsonValue body, String actor) {
        T document = checked(type, body, Optional.empty());
        JsonObject json = type.toJson(document);
        store.create(type, type.name(document), type.position(document), json, actor);
        return type.present(json);
    }

    public <T> JsonObject replace(DocumentType<T> type, String name, JsonValue body, String actor) {
        T document = checked(type, body, store.find(type.kind(), name));
        JsonObject json = type.toJson(document);
        if (!type.name(document).equals(name)) {
            type.checkUnused(name);
        }
        store.replace(type, name, type.name(document), type.position(document), json, actor);
        return type.present(json);
    }

    public <T> void delete(DocumentType<T> type, String name, String actor) {
        type.checkUnused(name);
        store.delete(type, name, actor);
    }

    /** Tries the rules (or policies) of {@code type} in the order {@code names} gives, which must name each once. */
    public <T> void reorder(DocumentType<T> type, List<String> names, String actor) {
        store.reorder(type, names, actor);
    }

    private static <T> T checked(DocumentType<T> type, JsonValue body, Optional<JsonObject> stored) {
        if (!(body instanceof JsonObject json)) {
            throw new InvalidInputException("body", "must be a JSON object");
        }
        T document = type.parse(type.keepSecrets(json, stored));
        type.checkReferences(document);
        return document;
    }
}
