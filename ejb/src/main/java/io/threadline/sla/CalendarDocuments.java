package io.threadline.sla;

import io.threadline.configuration.ConfigKind;
import io.threadline.configuration.Documents;
import io.threadline.configuration.RuleReferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * Business-hours calendars as configuration documents. A calendar that a policy or a rule's condition names cannot be
 * deleted or renamed. A condition on a calendar that no longer exists is outside its business hours.
 */
@ApplicationScoped
public class CalendarDocuments extends Documents<BusinessCalendar> {

    @Inject
    private RuleReferences references;

    public CalendarDocuments() {
        super(ConfigKind.CALENDAR, BusinessCalendar::parse, BusinessCalendar::name, BusinessCalendar::toJson);
    }

    @Override
    public void checkUnused(String name) {
        references.requireUnnamed(ConfigKind.CALENDAR, name);
    }

    public boolean isOpen(String name, Instant at) {
        return named(name).map(calendar -> calendar.isOpen(at)).orElse(false);
    }
}
