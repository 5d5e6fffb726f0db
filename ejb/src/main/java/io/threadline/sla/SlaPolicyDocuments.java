package io.threadline.sla;

import io.threadline.configuration.ConfigKind;
import io.threadline.configuration.RuleDocuments;
import jakarta.enterprise.context.ApplicationScoped;

/** SLA policies as configuration documents: the calendar they count in must exist. */
@ApplicationScoped
public class SlaPolicyDocuments extends RuleDocuments<SlaPolicyDefinition> {

    public SlaPolicyDocuments() {
        super(ConfigKind.SLA_POLICY, SlaPolicyDefinition::parse, SlaPolicyDefinition::toJson);
    }

    @Override
    public void checkReferences(SlaPolicyDefinition policy) {
        super.checkReferences(policy);
        if (policy.calendar() != null) {
            requireExists(ConfigKind.CALENDAR, policy.calendar(), "calendar");
        }
    }

    @Override
    protected boolean names(SlaPolicyDefinition policy, ConfigKind kind, String name) {
        return super.names(policy, kind, name) || kind == ConfigKind.CALENDAR && name.equals(policy.calendar());
    }
}
