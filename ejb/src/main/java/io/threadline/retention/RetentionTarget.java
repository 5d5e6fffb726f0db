package io.threadline.retention;

import java.util.Locale;

/**
 * What the policy keeps for a period: each with the job parameter and the configuration key that set its period, the
 * default period, and how a run's summary counts it.
 */
public enum RetentionTarget {
    CUSTOMER("inactiveCustomers", "crm.retention.inactive-customers", "P24M", "customers anonymized", "customers to anonymize"),
    ATTACHMENT("attachments", "crm.retention.attachments", "P12M", "attachments deleted", "attachments to delete"),
    DEAD_LETTER("deadLetters", "crm.retention.dead-letters", "P30D", "dead letters purged", "dead letters to purge"),
    DRAFT("drafts", "crm.retention.drafts", "P30D", "drafts deleted", "drafts to delete"),
    AUDIT_ENTRY("auditEntries", "crm.retention.audit-entries", "P36M", "audit entries deleted", "audit entries to delete");

    private final String parameter;
    private final String configKey;
    private final String defaultPeriod;
    private final String done;
    private final String wouldDo;

    RetentionTarget(String parameter, String configKey, String defaultPeriod, String done, String wouldDo) {
        this.parameter = parameter;
        this.configKey = configKey;
        this.defaultPeriod = defaultPeriod;
        this.done = done;
        this.wouldDo = wouldDo;
    }

    /** The job parameter that overrides the configured period for one run. */
    public String parameter() {
        return parameter;
    }

    public String configKey() {
        return configKey;
    }

    public String defaultPeriod() {
        return defaultPeriod;
    }

    /** As the API names it: customer, attachment, deadLetter, draft, auditEntry. */
    public String wireName() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    /** "customers anonymized", or in a dry run "customers to anonymize". */
    public String counted(boolean dryRun) {
        return dryRun ? wouldDo : done;
    }
}
