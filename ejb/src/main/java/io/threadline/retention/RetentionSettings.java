package io.threadline.retention;

import io.threadline.reporting.ReportingSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

/**
 * The configured retention periods, {@code crm.retention.inactive-customers} (default P24M),
 * {@code crm.retention.attachments} (P12M), {@code crm.retention.dead-letters} (P30D) and {@code crm.retention.drafts}
 * (P30D), each an ISO period or {@code off}; read at each run, so a change needs no restart. Days ({@code asOf}) are
 * those of the reporting zone.
 */
@ApplicationScoped
public class RetentionSettings {

    @Inject
    Config config;

    @Inject
    ReportingSettings reporting;

    public Map<RetentionTarget, RetentionPeriod> periods() {
        Map<RetentionTarget, RetentionPeriod> periods = new EnumMap<>(RetentionTarget.class);
        for (RetentionTarget target : RetentionTarget.values()) {
            String value = config.getOptionalValue(target.configKey(), String.class).orElse(target.defaultPeriod());
            periods.put(target, RetentionPeriod.parse("Configuration key " + target.configKey(), value));
        }
        return periods;
    }

    public ZoneId zone() {
        return reporting.zone();
    }
}
