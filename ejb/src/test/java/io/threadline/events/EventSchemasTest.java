package io.threadline.events;

import io.threadline.shared.Channel;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every event of the catalogue is what its JSON Schema in docs/schemas/events says, and every schema is of a catalogue type. */
class EventSchemasTest {

    private static final Instant AT = Instant.parse("2026-11-23T09:15:02.402113Z");
    private static final CrmEvent.ReplyRef REPLY = new CrmEvent.ReplyRef(301, 151, 151, Channel.SMS);

    @ParameterizedTest
    @EnumSource(EventType.class)
    void theSampleOfEveryTypeIsValidAgainstItsSchema(EventType type) {
        CrmEvent event = sample(type);
        assertEquals(type, event.type());
        assertEquals(List.of(), EventSchemas.problems(type, event.envelope()), type.json());
    }

    @Test
    void everySchemaIsOfACatalogueTypeAndEveryTypeHasOne() throws IOException, URISyntaxException {
        Path folder = Path.of(getClass().getClassLoader().getResource(EventSchemas.FOLDER).toURI());
        Set<String> schemas;
        try (Stream<Path> files = Files.list(folder)) {
            schemas = files.map(f -> f.getFileName().toString()).filter(n -> !n.equals("envelope.schema.json"))
                    .map(n -> n.replaceFirst("\\.schema\\.json$", "")).collect(Collectors.toSet());
        }
        Set<String> types = Arrays.stream(EventType.values()).map(EventType::json).collect(Collectors.toSet());
        assertEquals(types, schemas);
    }

    @Test
    void aWrongTypeAMissingOrAMisspeltFieldIsCaught() {
        CrmEvent created = sample(EventType.CUSTOMER_CREATED);
        JsonObject data = created.data();
        assertInvalid(EventType.CUSTOMER_CREATED, with(data, "customerId", Json.createValue("151")), "customerId");
        assertInvalid(EventType.CUSTOMER_CREATED, Json.createObjectBuilder(data).remove("source").build(), "source");
        assertInvalid(EventType.CUSTOMER_CREATED, Json.createObjectBuilder(data).remove("name")
                .add("nmae", "Nora Quinn").build(), "nmae");
        assertFalse(EventSchemas.problems(EventType.CUSTOMER_MERGED, created.envelope()).isEmpty(),
                "a customer.created is not a customer.merged");
    }

    @Test
    void anEnvelopeWithoutItsIdOrWithALocalTimeIsCaught() {
        JsonObject envelope = Json.createReader(new StringReader(sample(EventType.NOTE_ADDED).envelope())).readObject();
        assertFalse(EventSchemas.problems(EventType.NOTE_ADDED, Json.createObjectBuilder(envelope).remove("id").build().toString())
                .isEmpty());
        assertFalse(EventSchemas.problems(EventType.NOTE_ADDED, Json.createObjectBuilder(envelope)
                .add("occurredAt", "2026-11-23T10:15:02").build().toString()).isEmpty());
    }

    @Test
    void optionalFieldsMayBeLeftOut() {
        assertTrue(EventSchemas.problems(EventType.CHAT_TYPING,
                CrmEvent.chatTyping("v-1", null, null, null, AT).envelope()).isEmpty());
        assertTrue(EventSchemas.problems(EventType.CONVERSATION_ASSIGNED,
                CrmEvent.conversationAssigned(151, 151, null, "default", null, "sam", AT).envelope()).isEmpty());
    }

    private static void assertInvalid(EventType type, JsonObject data, String naming) {
        List<String> problems = EventSchemas.problems(type, new CrmEvent(type, AT, data).envelope());
        assertTrue(problems.stream().anyMatch(p -> p.contains(naming)), naming + " should be named in " + problems);
    }

    private static JsonObject with(JsonObject data, String field, JsonValue value) {
        return Json.createObjectBuilder(data).add(field, value).build();
    }

    /** An event of {@code type} as its publisher builds it; a new type fails to compile here until it has a sample. */
    static CrmEvent sample(EventType type) {
        CrmEvent.MergeCounts moved = new CrmEvent.MergeCounts(1, 1, 3);
        return switch (type) {
            case CUSTOMER_CREATED -> CrmEvent.customerCreated(151, "Nora Quinn", "EMAIL", AT);
            case CUSTOMER_MERGED -> CrmEvent.customerMerged(151, 152, 3, "alice", moved, AT);
            case CUSTOMER_UNMERGED -> CrmEvent.customerUnmerged(151, 152, 3, "alice", moved, AT);
            case CUSTOMER_TIER_CHANGED -> CrmEvent.customerTierChanged(151, "VIP", "STANDARD", 2, "sam", AT);
            case CONVERSATION_CREATED -> CrmEvent.conversationCreated(151, 151, 201, Channel.EMAIL, "default", 2, AT);
            case MESSAGE_RECEIVED -> CrmEvent.messageReceived(151, 151, 201, Channel.EMAIL, "<CAF8a1c9@mail.example.com>", AT);
            case CONVERSATION_ASSIGNED -> CrmEvent.conversationAssigned(151, 151, "alice", "finance", "ROUND_ROBIN", "routing", AT);
            case CONVERSATION_REOPENED -> CrmEvent.conversationReopened(151, 151, "RESOLVED", "alice", AT);
            case CONVERSATION_PENDING -> CrmEvent.conversationPending(151, 151, "OPEN", "alice", AT);
            case CONVERSATION_SNOOZED -> CrmEvent.conversationSnoozed(151, 151, "OPEN", "alice", AT);
            case CONVERSATION_RESOLVED -> CrmEvent.conversationResolved(151, 151, "OPEN", "alice", AT);
            case CONVERSATION_TAGGED -> CrmEvent.conversationTagged(151, 151, "billing", "alice", AT);
            case CONVERSATION_UNTAGGED -> CrmEvent.conversationUntagged(151, 151, "billing", "alice", AT);
            case CONVERSATION_MERGED -> CrmEvent.conversationMerged(151, 153, 151, 4, List.of("billing"), 1, "alice", AT);
            case CONVERSATION_IDLE -> CrmEvent.conversationIdle(151, 151, Duration.ofHours(48), AT.minus(Duration.ofHours(49)), AT);
            case NOTE_ADDED -> CrmEvent.noteAdded(151, 151, 205, "alice", List.of("bob"), AT);
            case REPLY_QUEUED -> CrmEvent.replyQueued(REPLY, "alice", AT);
            case REPLY_SCHEDULED -> CrmEvent.replyScheduled(REPLY, "alice", AT.plus(Duration.ofHours(2)), AT);
            case REPLY_CANCELLED -> CrmEvent.replyCancelled(REPLY, "alice", "bob", AT.plus(Duration.ofHours(2)), AT);
            case REPLY_STATUS -> CrmEvent.replyStatus(REPLY, "DELIVERED", AT);
            case SLA_WARNING -> CrmEvent.slaWarning(151, 151, "VIP", "firstResponse", AT, "sla");
            case SLA_BREACHED -> CrmEvent.slaBreached(151, 151, "VIP", "resolution", AT, "sla");
            case CSAT_RECEIVED -> CrmEvent.csatReceived(151, 151, 5, null, "SMS", "Nora Quinn", AT);
            case ARTICLE_CHANGED -> CrmEvent.articleChanged(401, "de", "updated", "PUBLISHED", "sam", AT);
            case KNOWLEDGE_REINDEXED -> CrmEvent.knowledgeReindexed(8, 57, "3f6c9a5e-0b1d-4c2e-9a7f-1d2e3c4b5a69", AT);
            case SIMILAR_CONVERSATIONS_REINDEXED -> CrmEvent.similarConversationsReindexed(1200, 58, "3f6c9a5e-0b1d-4c2e-9a7f-1d2e3c4b5a69", AT);
            case CHAT_TYPING -> CrmEvent.chatTyping("v-7f3a", 151L, 151L, "Nora", AT);
            case AGENT_VIEWING -> CrmEvent.agentViewing(151, List.of("alice", "bob"), "3f6c9a5e-0b1d-4c2e-9a7f-1d2e3c4b5a69", AT);
            case AGENT_TYPING -> CrmEvent.agentTyping(151, "alice", "3f6c9a5e-0b1d-4c2e-9a7f-1d2e3c4b5a69", AT);
        };
    }
}
