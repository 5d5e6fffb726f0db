package io.threadline.events;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.util.List;

/** The JSON Schemas of the CRM events ({@code docs/schemas/events}, on the test class path under {@code schemas/events}). */
final class EventSchemas {

    static final String FOLDER = "schemas/events/";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private EventSchemas() {
    }

    /** What is wrong with {@code eventJson} as an event of {@code type}; empty when it is valid. */
    static List<String> problems(EventType type, String eventJson) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of("classpath:" + FOLDER + type.json() + ".schema.json"));
        return schema.validate(eventJson, InputFormat.JSON).stream().map(Error::toString).toList();
    }
}
