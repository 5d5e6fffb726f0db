package io.threadline.sla;

import io.threadline.configuration.ConfigKind;
import io.threadline.configuration.ConfigurationCache;
import io.threadline.configuration.DocumentType;
import io.threadline.configuration.RuleReferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import java.time.Instant;
import java.util.Optional;

/**
 * Business-hours calendars as configuration documents. A calendar that a policy or a rule's condition names cannot be
 * deleted or renamed. A condition on a calendar that no longer exists is outside its business hours.
 */
@ApplicationScoped
public class CalendarDocuments implements DocumentType<BusinessCalendar> {

    @Inject
    private ConfigurationCache cache;

    @Inject
    private RuleReferences references;

    @Override
    public ConfigKind kind() {
        return ConfigKind.CALENDAR;
    }

    @Override
    public BusinessCalendar parse(JsonObject json) {
        return BusinessCalendar.parse(json);
    }

    @Override
    public String name(BusinessCalendar calendar) {
        return calendar.name();
    }

    @Override
    public JsonObject toJson(BusinessCalendar calendar) {
        return calendar.toJson();
    }

    @Override
    public void checkUnused(String name) {
        references.requireUnnamed(ConfigKind.CALENDAR, name);
    }

    public Optional<BusinessCalendar> named(String name) {
        return cache.current(ConfigKind.CALENDAR, this::parse).stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public boolean isOpen(String name, Instant at) {
        return named(name).map(calendar -> calendar.isOpen(at)).orElse(false);
    }
}
