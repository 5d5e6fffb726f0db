package io.threadline.automation;

import io.threadline.configuration.ConfigKind;
import io.threadline.configuration.RuleDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;

import java.util.Optional;

/**
 * Automation rules as configuration documents: a queue an action assigns to must exist; webhook secrets are masked in
 * what the admin API shows, and kept when a rule comes back with the mask.
 */
@ApplicationScoped
public class AutomationRuleDocuments extends RuleDocuments<AutomationRuleDefinition> {

    public AutomationRuleDocuments() {
        super(ConfigKind.AUTOMATION_RULE, AutomationRuleDefinition::parse, AutomationRuleDefinition::toJson);
    }

    @Override
    public JsonObject present(JsonObject stored) {
        return WebhookSecrets.masked(stored);
    }

    @Override
    public JsonObject keepSecrets(JsonObject submitted, Optional<JsonObject> stored) {
        return WebhookSecrets.restored(submitted, stored);
    }

    @Override
    public void checkReferences(AutomationRuleDefinition rule) {
        super.checkReferences(rule);
        for (int i = 0; i < rule.actions().size(); i++) {
            if (rule.actions().get(i) instanceof AutomationAction.Assign assign && assign.queue() != null) {
                requireExists(ConfigKind.QUEUE, assign.queue(), "do[" + i + "].queue");
            }
        }
    }

    @Override
    protected boolean names(AutomationRuleDefinition rule, ConfigKind kind, String name) {
        return super.names(rule, kind, name) || kind == ConfigKind.QUEUE && rule.actions().stream()
                .anyMatch(a -> a instanceof AutomationAction.Assign assign && name.equals(assign.queue()));
    }
}
