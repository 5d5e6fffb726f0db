package io.threadline.configuration;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A kind of configuration document made of its reading and writing functions, with this server's parsed copy of all
 * of them ({@link #all}). Subclasses add what is particular to the kind (references, what may not be deleted).
 */
public abstract class Documents<T> implements DocumentType<T> {

    @Inject
    ConfigurationCache cache;

    private final ConfigKind kind;
    private final Function<JsonObject, T> reader;
    private final Function<T, String> namer;
    private final Function<T, JsonObject> writer;

    protected Documents(ConfigKind kind, Function<JsonObject, T> reader, Function<T, String> namer, Function<T, JsonObject> writer) {
        this.kind = kind;
        this.reader = reader;
        this.namer = namer;
        this.writer = writer;
    }

    @Override
    public ConfigKind kind() {
        return kind;
    }

    @Override
    public T parse(JsonObject json) {
        return reader.apply(json);
    }

    @Override
    public String name(T document) {
        return namer.apply(document);
    }

    @Override
    public JsonObject toJson(T document) {
        return writer.apply(document);
    }

    /** Every document of the kind, in order. */
    public List<T> all() {
        return cache.current(kind, this::parse);
    }

    public Optional<T> named(String name) {
        return all().stream().filter(document -> name(document).equals(name)).findFirst();
    }
}
