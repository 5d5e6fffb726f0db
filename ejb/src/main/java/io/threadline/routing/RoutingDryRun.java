package io.threadline.routing;

import io.threadline.channel.InboundMessage;
import io.threadline.channel.InboundMessageReader;
import io.threadline.conversation.Conversation;
import io.threadline.conversation.ConversationService;
import io.threadline.identity.Customer;
import io.threadline.identity.CustomerTier;
import io.threadline.identity.Identity;
import io.threadline.identity.IdentityService;
import io.threadline.rules.RuleEvaluation;
import io.threadline.rules.RuleOutcome;
import io.threadline.sla.CalendarDocuments;
import io.threadline.sla.SlaClock;
import io.threadline.sla.SlaClocks;
import io.threadline.sla.SlaPolicyDefinition;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a canonical message would get, with nothing stored: its language and urgency, which routing rules match and
 * where it would go, which SLA policy would apply with its due times, and which automation rules would act on it.
 * It would join the customer's active conversation as a real message would; otherwise it is judged as a new one.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class RoutingDryRun {

    @Inject
    private CustomerAttributeSource attributes;

    @Inject
    private InboundMessageReader reader;

    @Inject
    private MessageReading reading;

    @Inject
    private RoutingRuleDocuments rules;

    @Inject
    private CalendarDocuments calendars;

    @EJB
    private IdentityService identities;

    @EJB
    private SlaClocks slaClocks;

    @EJB
    private ConversationService conversations;

    @Inject
    private Instance<AutomationPreview> automations;

    public JsonObject run(String canonicalJson) {
        InboundMessage message = reader.read(canonicalJson);
        Instant now = Instant.now();
        Optional<Customer> customer = identities.find(message.sender()).map(Identity::getCustomer);
        Optional<Conversation> conversation = customer.flatMap(c -> conversations.latestActive(c, now));
        String language = reading.language(message.subject(), message.text()).orElse(null);
        int urgency = reading.urgency(message.subject(), message.text());
        MessageFacts facts = new MessageFacts(message.channel(), message.subject(), message.text(), language, urgency,
                customer.map(Customer::getTier).orElse(CustomerTier.STANDARD),
                customer.map(c -> attributes.of(c.getId())).orElse(CustomerAttributes.none()),
                conversation.map(Conversation::getTags).orElse(Set.of()),
                conversation.map(Conversation::getQueue).orElse(Conversation.DEFAULT_QUEUE),
                calendar -> calendars.isOpen(calendar, now), conversation.map(Conversation::getStatus).orElse(null));
        RoutingDecision decision = RoutingRules.decide(rules.all(), facts);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("language", language == null ? JsonValue.NULL : Json.createValue(language))
                .add("urgency", urgency)
                .add("customer", customer.<JsonValue>map(c -> Json.createObjectBuilder().add("id", c.getId())
                        .add("tier", c.getTier().name()).build()).orElse(JsonValue.NULL))
                .add("conversation", conversation.<JsonValue>map(c -> Json.createObjectBuilder().add("id", c.getId())
                        .add("assignee", c.getAssignee() == null ? JsonValue.NULL : Json.createValue(c.getAssignee()))
                        .build()).orElse(JsonValue.NULL))
                .add("routing", decision.toJson())
                .add("sla", sla(facts, conversation, now));
        JsonArrayBuilder acting = Json.createArrayBuilder();
        automations.forEach(preview -> preview.preview(facts, conversation.isEmpty()).forEach(acting::add));
        return json.add("automations", acting).build();
    }

    private JsonObject sla(MessageFacts facts, Optional<Conversation> conversation, Instant now) {
        if (conversation.isPresent()) {
            return Json.createObjectBuilder().add("policy", conversation.get().sla().map(SlaClock::policy)
                    .<JsonValue>map(Json::createValue).orElse(JsonValue.NULL)).add("joins", true).build();
        }
        RuleEvaluation<SlaPolicyDefinition> evaluation = slaClocks.evaluate(facts);
        JsonArrayBuilder outcomes = Json.createArrayBuilder();
        evaluation.explanation().stream().map(RuleOutcome::toJson).forEach(outcomes::add);
        JsonObjectBuilder sla = Json.createObjectBuilder();
        Optional<SlaPolicyDefinition> policy = evaluation.matched().stream().findFirst();
        if (policy.isPresent()) {
            slaClocks.startedAt(policy.get(), now).toJson().forEach(sla::add);
        } else {
            sla.add("policy", JsonValue.NULL);
        }
        return sla.add("rules", outcomes).build();
    }
}
