package io.threadline.automation;

import io.threadline.routing.AutomationPreview;
import io.threadline.routing.MessageFacts;
import io.threadline.rules.RuleEvaluation;
import io.threadline.rules.RuleOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.ArrayList;
import java.util.List;

/**
 * The automation part of the routing dry run: the rules on {@code conversation.created} (for a message that would open
 * a conversation) and on {@code message.received}, each with its outcome and, when it would act, its actions (webhook
 * secrets masked). Rules on later events (assignment, SLA, status) are not judged: those events have not happened.
 */
@ApplicationScoped
public class AutomationDryRun implements AutomationPreview {

    @Inject
    private AutomationRuleDocuments rules;

    @Override
    public List<JsonObject> preview(MessageFacts facts, boolean newConversation) {
        List<JsonObject> considered = new ArrayList<>();
        if (newConversation) {
            considered.addAll(judge(AutomationEvent.CONVERSATION_CREATED, facts));
        }
        considered.addAll(judge(AutomationEvent.MESSAGE_RECEIVED, facts));
        return considered;
    }

    private List<JsonObject> judge(AutomationEvent on, MessageFacts facts) {
        List<AutomationRuleDefinition> candidates = rules.all().stream().filter(r -> r.on() == on).toList();
        RuleEvaluation<AutomationRuleDefinition> evaluation = RuleEvaluation.all(candidates, facts);
        List<JsonObject> judged = new ArrayList<>();
        for (RuleOutcome outcome : evaluation.explanation()) {
            JsonObjectBuilder json = Json.createObjectBuilder(outcome.toJson()).add("on", on.json());
            if (outcome.outcome() == RuleOutcome.Outcome.MATCHED) {
                JsonArrayBuilder actions = Json.createArrayBuilder();
                candidates.stream().filter(r -> r.name().equals(outcome.rule())).findFirst()
                        .ifPresent(rule -> rules.present(rule.toJson()).getJsonArray("do").forEach(actions::add));
                json.add("do", actions);
            }
            judged.add(json.build());
        }
        return judged;
    }
}
