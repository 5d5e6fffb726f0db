package io.threadline.configuration;

import jakarta.json.JsonObject;

import java.util.Optional;

/**
 * How one kind of configuration document is read and checked: the context that owns the kind implements it
 * (queues and rules in {@code routing}, calendars and policies in {@code sla}, rules in {@code automation}).
 */
public interface DocumentType<T> {

    ConfigKind kind();

    /** Reads a document strictly; an {@link io.threadline.shared.InvalidInputException} names what is wrong. */
    T parse(JsonObject json);

    String name(T document);

    /** Where it is tried among the others of its kind; 0 for kinds without order. */
    default int position(T document) {
        return 0;
    }

    JsonObject toJson(T document);

    /** The document as the admin API shows it: secrets masked; as stored by default. */
    default JsonObject present(JsonObject stored) {
        return stored;
    }

    /**
     * A document sent to be stored, with each masked secret ({@link #present}) given back its stored value from
     * {@code stored} (empty when the document is new); refuses a mask that stands for no stored secret. As sent by default.
     */
    default JsonObject keepSecrets(JsonObject submitted, Optional<JsonObject> stored) {
        return submitted;
    }

    /** Refuses a document that names things that do not exist (a queue, a calendar), naming the field. */
    default void checkReferences(T document) {
    }

    /** Refuses deleting a document others still name, saying which; nothing by default. */
    default void checkUnused(String name) {
    }
}
