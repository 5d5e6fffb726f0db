package io.threadline.configuration;

/** The kinds of configuration document, by the name the admin API and the audit log use for them. */
public enum ConfigKind {
    QUEUE("queue", false),
    CALENDAR("calendar", false),
    ROUTING_RULE("routing-rule", true),
    SLA_POLICY("sla-policy", true),
    AUTOMATION_RULE("automation-rule", true);

    private final String label;
    private final boolean ordered;

    ConfigKind(String label, boolean ordered) {
        this.label = label;
        this.ordered = ordered;
    }

    /** How the audit log names this kind. */
    public String label() {
        return label;
    }

    /** Whether documents of this kind have a position (rules and policies are tried in order). */
    public boolean ordered() {
        return ordered;
    }
}
