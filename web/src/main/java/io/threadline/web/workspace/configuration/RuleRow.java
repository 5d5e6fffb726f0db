package io.threadline.web.workspace.configuration;

/** A rule in its kind's ordered list: where it stands, whether it is on, when it applies and what it does. */
public record RuleRow(String name, int position, boolean enabled, String when, String then) {
}
