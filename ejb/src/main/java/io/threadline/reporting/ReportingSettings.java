package io.threadline.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * {@code crm.reporting.zone}: the zone whose days and hours the facts count in (default UTC);
 * {@code crm.reporting.calendar}: the business calendar of the business-time figures of conversations without an
 * SLA policy (without it, their business time is their wall-clock time).
 */
@ApplicationScoped
public class ReportingSettings {

    @Inject
    @ConfigProperty(name = "crm.reporting.zone", defaultValue = "UTC")
    String zone;

    @Inject
    @ConfigProperty(name = "crm.reporting.calendar")
    Optional<String> calendar;

    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    public Optional<String> calendar() {
        return calendar.filter(name -> !name.isBlank());
    }

    public LocalDate yesterday() {
        return LocalDate.now(zone()).minusDays(1);
    }
}
