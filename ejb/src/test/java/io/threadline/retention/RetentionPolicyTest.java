package io.threadline.retention;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetentionPolicyTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-11-26T20:00:00Z");

    private final Map<RetentionTarget, RetentionPeriod> configured = new EnumMap<>(Map.of(
            RetentionTarget.CUSTOMER, RetentionPeriod.parse("key", "P24M"),
            RetentionTarget.ATTACHMENT, RetentionPeriod.parse("key", "P12M"),
            RetentionTarget.DEAD_LETTER, RetentionPeriod.parse("key", "P30D"),
            RetentionTarget.DRAFT, RetentionPeriod.OFF,
            RetentionTarget.AUDIT_ENTRY, RetentionPeriod.parse("key", "P36M")));

    @Test
    void withoutParametersTheConfiguredPeriodsCountBackFromNow() {
        RetentionPolicy policy = policy(Map.of());
        assertFalse(policy.dryRun());
        assertEquals(NOW, policy.asOf());
        assertEquals(Instant.parse("2024-11-26T20:00:00Z"), policy.cutoff(RetentionTarget.CUSTOMER).orElseThrow());
        assertEquals(Instant.parse("2025-11-26T20:00:00Z"), policy.cutoff(RetentionTarget.ATTACHMENT).orElseThrow());
        assertEquals(Instant.parse("2026-10-27T20:00:00Z"), policy.cutoff(RetentionTarget.DEAD_LETTER).orElseThrow());
        assertTrue(policy.cutoff(RetentionTarget.DRAFT).isEmpty(), "drafts are configured off");
        assertEquals(Instant.parse("2023-11-26T20:00:00Z"), policy.cutoff(RetentionTarget.AUDIT_ENTRY).orElseThrow());
    }

    @Test
    void asOfIsTheStartOfThatDayInTheZoneAndParametersOverrideThePeriods() {
        RetentionPolicy policy = policy(Map.of("asOf", "2000-06-01", "dryRun", "TRUE", "inactiveCustomers", "P1M",
                "drafts", "P7D", "attachments", "off"));
        assertTrue(policy.dryRun());
        assertEquals(Instant.parse("2000-05-31T22:00:00Z"), policy.asOf());
        assertEquals(Instant.parse("2000-04-30T22:00:00Z"), policy.cutoff(RetentionTarget.CUSTOMER).orElseThrow(),
                "a month back in the zone's calendar");
        assertEquals(Instant.parse("2000-05-24T22:00:00Z"), policy.cutoff(RetentionTarget.DRAFT).orElseThrow());
        assertTrue(policy.cutoff(RetentionTarget.ATTACHMENT).isEmpty());
    }

    @Test
    void aWrongParameterIsRefusedNamingIt() {
        refused(Map.of("asOf", "yesterday"), "Job parameter asOf must be an ISO day such as 2026-11-25, not 'yesterday'");
        refused(Map.of("asOf", "2026-11-28"), "Job parameter asOf must not be in the future (2026-11-28, zone Europe/Berlin)");
        refused(Map.of("dryRun", "yes"), "Job parameter dryRun must be true or false, not 'yes'");
        refused(Map.of("inactiveCustomers", "24 months"),
                "Job parameter inactiveCustomers must be an ISO period such as P24M or P30D, or off, not '24 months'");
        refused(Map.of("deadLetters", "P-1D"),
                "Job parameter deadLetters must be an ISO period such as P24M or P30D, or off, not 'P-1D'");
        refused(Map.of("chunkSize", "0"), "Job parameter chunkSize must be a whole number from 1 to 1000, not '0'");
    }

    @Test
    void anUnknownParameterIsRefusedSoAMisspeltDryRunNeverChangesAnything() {
        refused(Map.of("dryrun", "true"), "Unknown job parameter dryrun (retention takes asOf, dryRun, inactiveCustomers,"
                + " attachments, deadLetters, drafts, auditEntries, chunkSize)");
    }

    @Test
    void aPeriodIsAnIsoPeriodOrOff() {
        assertTrue(RetentionPeriod.parse("key", " OFF ").isOff());
        assertEquals("P2Y", RetentionPeriod.parse("key", "P2Y").toString());
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> RetentionPeriod.parse("Configuration key crm.retention.drafts", "PT48H"));
        assertEquals("Configuration key crm.retention.drafts must be an ISO period such as P24M or P30D, or off, not 'PT48H'",
                wrong.getMessage());
    }

    @Test
    void theSummaryCountsWhatTheRunDidOrWouldDo() {
        Map<RetentionTarget, Long> counts = Map.of(RetentionTarget.CUSTOMER, 3L, RetentionTarget.DEAD_LETTER, 1L);
        assertEquals("3 customers anonymized, 0 attachments deleted, 1 dead letters purged, drafts off, 0 audit entries deleted",
                new RetentionSummary(policy(Map.of()), counts).toString());
        assertEquals("Dry run, nothing changed: 3 customers to anonymize, 0 attachments to delete, 1 dead letters to purge,"
                + " drafts off, 0 audit entries to delete", new RetentionSummary(policy(Map.of("dryRun", "true")), counts).toString());
    }

    @Test
    void targetsHaveTheirApiNames() {
        assertEquals("deadLetter", RetentionTarget.DEAD_LETTER.wireName());
        assertEquals("customer", RetentionTarget.CUSTOMER.wireName());
        assertEquals("auditEntry", RetentionTarget.AUDIT_ENTRY.wireName());
    }

    private RetentionPolicy policy(Map<String, String> parameters) {
        Properties properties = new Properties();
        properties.putAll(parameters);
        return RetentionPolicy.of(properties, configured, BERLIN, NOW);
    }

    private void refused(Map<String, String> parameters, String message) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> policy(parameters));
        assertEquals(message, refused.getMessage());
    }
}
