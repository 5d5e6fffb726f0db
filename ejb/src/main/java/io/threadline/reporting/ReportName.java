package io.threadline.reporting;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The reports, by the name {@code GET /api/v1/reports/{name}} takes, with the dimensions their rows can be grouped
 * by ({@code by=}) and those they are grouped by when none is asked for.
 */
public enum ReportName {
    VOLUME("volume", List.of("day", "channel")),
    FIRST_RESPONSE("first-response", List.of("channel")),
    RESOLUTION("resolution", List.of("channel")),
    SLA("sla", List.of("day", "target")),
    CSAT("csat", List.of("day")),
    CHANNEL_SWITCHES("channel-switches", List.of("from", "channel")),
    REPEATED_CUSTOMERS("repeated-customers", List.of("day")),
    BUSIEST_HOURS("busiest-hours", List.of("weekday", "hour")),
    URGENCY("urgency", List.of("band")),
    DEFLECTION("deflection", List.of("day"));

    private static final List<String> COMMON = List.of("day", "weekday", "hour", "channel", "queue", "team", "agent");

    private final String wireName;
    private final List<String> defaultDimensions;

    ReportName(String wireName, List<String> defaultDimensions) {
        this.wireName = wireName;
        this.defaultDimensions = defaultDimensions;
    }

    public String wireName() {
        return wireName;
    }

    public List<String> defaultDimensions() {
        return defaultDimensions;
    }

    /**
     * The common dimensions and the report's own (the SLA target, the channel switched from, the urgency band);
     * deflection's are the times and the channel only: the chat bot's part of a question ends before routing gives it
     * to a queue, team or agent.
     */
    public List<String> dimensions() {
        return switch (this) {
            case SLA -> append("target");
            case CHANNEL_SWITCHES -> append("from");
            case URGENCY -> append("band");
            case DEFLECTION -> List.of("day", "weekday", "hour", "channel");
            default -> COMMON;
        };
    }

    public static Optional<ReportName> parse(String name) {
        return Arrays.stream(values()).filter(r -> r.wireName.equals(name)).findFirst();
    }

    private static List<String> append(String own) {
        return java.util.stream.Stream.concat(COMMON.stream(), java.util.stream.Stream.of(own)).toList();
    }
}
