package io.threadline.identity.dedupe;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DedupePolicyTest {

    private static final DedupeSettings.Configured MERGING_FROM_90 = new DedupeSettings.Configured(50, 90);
    private static final DedupeSettings.Configured MERGING_OFF = new DedupeSettings.Configured(50, null);

    @Test
    void withoutParametersTheConfigurationApplies() {
        assertEquals(new DedupePolicy(50, 90, false), policy(Map.of(), MERGING_FROM_90));
        assertEquals(new DedupePolicy(50, null, false), policy(Map.of(), MERGING_OFF));
    }

    @Test
    void aRunMayBeMoreCarefulThanTheConfiguration() {
        assertEquals(new DedupePolicy(70, 95, true), policy(Map.of("minScore", "70", "autoMergeScore", "95", "dryRun", "true"),
                MERGING_FROM_90));
        assertNull(policy(Map.of("autoMergeScore", "OFF"), MERGING_FROM_90).autoMergeScore());
    }

    @Test
    void aRunMayNotMergeBelowTheConfiguredScoreNorWhenMergingIsOff() {
        assertEquals("Job parameter autoMergeScore must not be lower than the configured crm.identity.dedupe.auto-merge-score"
                + " (90), not '80'", refusal(Map.of("autoMergeScore", "80"), MERGING_FROM_90));
        assertEquals("Job parameter autoMergeScore cannot be 95: merging by itself is off in the configuration"
                + " (crm.identity.dedupe.auto-merge-score)", refusal(Map.of("autoMergeScore", "95"), MERGING_OFF));
        assertEquals("Job parameter autoMergeScore (90) must not be lower than minScore (95): a pair not recorded is not"
                + " merged", refusal(Map.of("minScore", "95"), MERGING_FROM_90));
    }

    @Test
    void aWrongParameterIsRefusedNamingIt() {
        assertEquals("Job parameter minScore must be a whole number from 0 to 100, not 'high'",
                refusal(Map.of("minScore", "high"), MERGING_OFF));
        assertEquals("Job parameter autoMergeScore must be a whole number from 0 to 100, or off, not '101'",
                refusal(Map.of("autoMergeScore", "101"), MERGING_FROM_90));
        assertEquals("Job parameter dryRun must be true or false, not 'yes'", refusal(Map.of("dryRun", "yes"), MERGING_OFF));
        assertEquals("Job parameter chunkSize must be a whole number from 1 to 1000, not '0'",
                refusal(Map.of("chunkSize", "0"), MERGING_OFF));
        assertEquals("Unknown job parameter dryrun (identity-dedupe takes minScore, autoMergeScore, dryRun, chunkSize)",
                refusal(Map.of("dryrun", "true"), MERGING_OFF));
    }

    private static DedupePolicy policy(Map<String, String> parameters, DedupeSettings.Configured configured) {
        Properties properties = new Properties();
        properties.putAll(parameters);
        return DedupePolicy.of(properties, configured);
    }

    private static String refusal(Map<String, String> parameters, DedupeSettings.Configured configured) {
        return assertThrows(IllegalArgumentException.class, () -> policy(parameters, configured)).getMessage();
    }
}
