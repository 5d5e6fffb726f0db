package io.threadline.web.configuration;

import io.threadline.automation.AutomationRuleDocuments;
import io.threadline.configuration.DocumentType;
import io.threadline.routing.QueueDocuments;
import io.threadline.routing.RoutingRuleDocuments;
import io.threadline.shared.NotFoundException;
import io.threadline.sla.CalendarDocuments;
import io.threadline.sla.SlaPolicyDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The kinds of configuration document by the names the admin API's addresses and the admin pages use:
 * {@code queues}, {@code calendars}, {@code routing-rules}, {@code sla-policies}, {@code automation-rules}.
 */
@ApplicationScoped
public class ConfigurationKinds {

    @Inject
    QueueDocuments queues;

    @Inject
    CalendarDocuments calendars;

    @Inject
    RoutingRuleDocuments routingRules;

    @Inject
    SlaPolicyDocuments slaPolicies;

    @Inject
    AutomationRuleDocuments automationRules;

    public DocumentType<?> type(String kind) {
        return switch (kind) {
            case "queues" -> queues;
            case "calendars" -> calendars;
            case "routing-rules" -> routingRules;
            case "sla-policies" -> slaPolicies;
            case "automation-rules" -> automationRules;
            default -> throw new NotFoundException("Configuration kind", kind);
        };
    }
}
