package io.threadline.reporting;

import io.threadline.shared.Channel;

/** The channel, queue, team and agent a fact is counted under; empty where there is none (unassigned, no team). */
public record Dimensions(String channel, String queue, String team, String agent) {

    public Dimensions {
        channel = orNone(channel);
        queue = orNone(queue);
        team = orNone(team);
        agent = orNone(agent);
    }

    public static Dimensions of(Channel channel, String queue, String team, String agent) {
        return new Dimensions(channel == null ? null : channel.name(), queue, team, agent);
    }

    private static String orNone(String value) {
        return value == null ? FactKey.NONE : value;
    }
}
