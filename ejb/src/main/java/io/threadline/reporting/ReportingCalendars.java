package io.threadline.reporting;

import io.threadline.sla.BusinessCalendar;
import io.threadline.sla.CalendarDocuments;
import io.threadline.sla.SlaPolicyDefinition;
import io.threadline.sla.SlaPolicyDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * The calendar a conversation's business time counts in: its SLA policy's (always open when the policy names none);
 * without a policy, {@code crm.reporting.calendar}'s; else always open (business time is then wall-clock time).
 */
@ApplicationScoped
public class ReportingCalendars {

    @Inject
    SlaPolicyDocuments policies;

    @Inject
    CalendarDocuments calendars;

    @Inject
    ReportingSettings settings;

    public BusinessCalendar of(ConversationOutcome conversation) {
        Optional<SlaPolicyDefinition> policy = Optional.ofNullable(conversation.slaPolicy()).flatMap(policies::named);
        Optional<String> calendar = policy.isPresent() ? policy.map(SlaPolicyDefinition::calendar) : settings.calendar();
        return calendar.flatMap(calendars::named).orElseGet(() -> BusinessCalendar.always(settings.zone().getId()));
    }
}
