package io.threadline.workspace;

/** The inbox's views of the open conversations. */
public enum InboxView {
    MINE("Mine"), UNASSIGNED("Unassigned"), MY_TEAMS("My teams"), MENTIONS("Mentions"), VIP("VIP"), BREACHING_SLA("Breaching SLA"), ALL("All");

    private final String label;

    InboxView(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
