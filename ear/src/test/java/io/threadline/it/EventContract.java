package io.threadline.it;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;

/**
 * A received CRM event held against its contract: the JSON Schema of its type in {@code docs/schemas/events} (put in
 * the test WAR by {@link Deployments}).
 */
final class EventContract {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private EventContract() {
    }

    /** The event's type, and what its schema finds wrong with it (nothing when it keeps the contract). */
    record Check(String type, List<String> violations) {
    }

    static Check check(String event) {
        JsonObject envelope = Json.createReader(new StringReader(event)).readObject();
        String type = envelope.getString("type", "(no type)");
        if (EventContract.class.getClassLoader().getResource("schemas/events/" + type + ".schema.json") == null) {
            return new Check(type, List.of("no schema docs/schemas/events/" + type + ".schema.json"));
        }
        Stream<Error> errors = SCHEMAS.getSchema(SchemaLocation.of("classpath:schemas/events/" + type + ".schema.json"))
                .validate(event, InputFormat.JSON).stream();
        return new Check(type, errors.map(Error::toString).toList());
    }
}
