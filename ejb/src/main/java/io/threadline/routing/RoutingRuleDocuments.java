package io.threadline.routing;

import io.threadline.configuration.ConfigKind;
import io.threadline.configuration.RuleDocuments;
import jakarta.enterprise.context.ApplicationScoped;

/** Routing rules as configuration documents: their queue must exist, as must what their conditions name. */
@ApplicationScoped
public class RoutingRuleDocuments extends RuleDocuments<RoutingRuleDefinition> {

    public RoutingRuleDocuments() {
        super(ConfigKind.ROUTING_RULE, RoutingRuleDefinition::parse, RoutingRuleDefinition::toJson);
    }

    @Override
    public void checkReferences(RoutingRuleDefinition rule) {
        super.checkReferences(rule);
        if (rule.then().queue() != null) {
            requireExists(ConfigKind.QUEUE, rule.then().queue(), "then.queue");
        }
    }

    @Override
    protected boolean names(RoutingRuleDefinition rule, ConfigKind kind, String name) {
        return super.names(rule, kind, name) || kind == ConfigKind.QUEUE && name.equals(rule.then().queue());
    }
}
