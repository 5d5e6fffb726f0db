package io.threadline.routing;

import jakarta.json.JsonValue;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A customer's enrichment attributes for {@code customer.<key>} conditions, read only when a rule asks for one, and
 * then once: most messages meet no such rule and cost no query.
 */
public final class CustomerAttributes {

    private static final CustomerAttributes NONE = new CustomerAttributes(Map::of);

    private final Supplier<Map<String, JsonValue>> source;
    private Map<String, JsonValue> read;

    private CustomerAttributes(Supplier<Map<String, JsonValue>> source) {
        this.source = source;
    }

    public static CustomerAttributes of(Supplier<Map<String, JsonValue>> source) {
        return new CustomerAttributes(source);
    }

    /** A sender not known yet: no attributes. */
    public static CustomerAttributes none() {
        return NONE;
    }

    public Optional<JsonValue> get(String key) {
        if (read == null) {
            read = source.get();
        }
        return Optional.ofNullable(read.get(key));
    }
}
