package io.threadline.automation;

import io.threadline.routing.AutomationPreview;
import io.threadline.routing.MessageFacts;
import io.threadline.rules.RuleEvaluation;
import io.threadline.rules.RuleOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.ArrayList;
import java.util.List;

/**
 * The automation part of the routing dry run: the rules on {@code conversation.created} (for a message that would open
 * a conversation) and on {@code message.received}, each with its outcome and, when it would act, its actions (webhook
 * secrets masked; a reply with articles with the articles found and its text, the intro's placeholders as written, or
 * why it would send none). Rules on later events (assignment, SLA, status) are not judged: those events have not
 * happened.
 */
@ApplicationScoped
public class AutomationDryRun implements AutomationPreview {

    @Inject
    private AutomationRuleDocuments rules;

    @Inject
    private ReplyArticles articles;

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
                        .ifPresent(rule -> actions(rule, facts).forEach(actions::add));
                json.add("do", actions);
            }
            judged.add(json.build());
        }
        return judged;
    }

    /** The rule's actions as the admin API shows them; a reply with articles also with what it would send. */
    private List<JsonObject> actions(AutomationRuleDefinition rule, MessageFacts facts) {
        JsonArray presented = rules.present(rule.toJson()).getJsonArray("do");
        List<JsonObject> actions = new ArrayList<>();
        for (int i = 0; i < presented.size(); i++) {
            JsonObject action = presented.getJsonObject(i);
            if (rule.actions().get(i) instanceof AutomationAction.ReplyWithArticles reply) {
                action = articles.forMessage(facts.text(), facts.language(), reply.max()).preview(action, reply.text());
            }
            actions.add(action);
        }
        return actions;
    }
}
