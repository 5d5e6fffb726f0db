package io.threadline.erp;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.threadline.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract of docs/erp-integration.md: every example there is valid against its JSON Schema (docs/schemas/erp)
 * and accepted by Threadline, and what the schema refuses Threadline refuses too, naming the field. (The envelope's
 * example, whose data is left out as {@code …}, is not a message.)
 */
class ErpContractTest {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Path CONTRACT = Path.of("..", "docs", "erp-integration.md");
    private static final Pattern EXAMPLE = Pattern.compile("```json\\n(\\{\"type\": \"[a-z.]+\".*?)```", Pattern.DOTALL);

    @ParameterizedTest
    @EnumSource(ErpMessageType.class)
    void everyMessageTypeHasAnExampleThatItsSchemaAndThreadlineAccept(ErpMessageType type) throws IOException {
        List<String> examples = examples().stream().filter(e -> e.contains("\"type\": \"" + type.wireName() + "\"")).toList();
        assertFalse(examples.isEmpty(), "docs/erp-integration.md has an example of " + type.wireName());
        for (String example : examples) {
            assertEquals(List.of(), problems(type, example), example);
            ErpMessage message = ErpMessageReader.read(example);
            assertEquals(type, message.type());
            assertNotNull(readData(message));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            order.upsert      | "quantity": 1,            | "quantity": -1,             | data.lines[0].quantity
            order.upsert      | "currency": "EUR"         | "currency": "eur"           | data.currency
            order.upsert      | "total": "129.90"         | "total": "-1"               | data.total
            order.upsert      | "status": "shipped"       | "status": "lost"            | data.status
            order.upsert      | "2026-11-21T07:59:30Z"    | "2026-11-21T07:59:30"       | occurredAt
            order.upsert      | "currency": "EUR",        | "colour": "red", "currency": "EUR", | data.colour
            order.status      | "status": "delivered"     | "state": "delivered"        | data.state
            shipment.update   | "https://www.dhl.com      | "ftp://www.dhl.com          | data.trackingUrl
            shipment.update   | "in_transit"              | "lost"                      | data.status
            customer.upsert   | "customerNumber": "C-10042" | "customerNumber": "C 10042" | data.customerNumber
            customer.upsert   | "country": "IT"           | "country": "Italy"          | data.address.country
            store.interaction | "kind": "return"          | "kind": "refund"            | data.kind
            store.interaction | "amount": {"amount": "89.00", "currency": "EUR"} | "note": "x" | data.note
            """)
    void whatTheSchemaRefusesThreadlineRefusesNamingTheField(String type, String valid, String invalid, String field)
            throws IOException {
        ErpMessageType messageType = ErpMessageType.parse("type", type);
        String example = examples().stream().filter(e -> e.contains("\"type\": \"" + type + "\"")).findFirst().orElseThrow();
        assertTrue(example.contains(valid.strip()), "the example of " + type + " has " + valid);
        String broken = example.replace(valid.strip(), invalid.strip());
        assertFalse(problems(messageType, broken).isEmpty(), "the schema refuses " + broken);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> readData(ErpMessageReader.read(broken)));
        assertEquals(field, refused.field(), refused.getMessage());
    }

    private static Object readData(ErpMessage message) {
        return switch (message.type()) {
            case CUSTOMER_UPSERT -> CustomerRecord.read(message.data());
            case ORDER_UPSERT -> OrderRecord.read(message.data());
            case ORDER_STATUS -> OrderStatusChange.read(message.data());
            case SHIPMENT_UPDATE -> ShipmentRecord.read(message.data());
            case STORE_INTERACTION -> StoreInteraction.read(message.data());
        };
    }

    private static List<String> problems(ErpMessageType type, String json) {
        return SCHEMAS.getSchema(SchemaLocation.of("classpath:schemas/erp/" + type.wireName() + ".schema.json"))
                .validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    private static List<String> examples() throws IOException {
        List<String> found = new ArrayList<>();
        Matcher matcher = EXAMPLE.matcher(Files.readString(CONTRACT));
        while (matcher.find()) {
            if (!matcher.group(1).contains("…")) {
                found.add(matcher.group(1));
            }
        }
        return found;
    }
}
