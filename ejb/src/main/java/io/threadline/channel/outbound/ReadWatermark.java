package io.threadline.channel.outbound;

import io.threadline.shared.Channel;

import java.time.Instant;

/** Messenger's read receipt: the customer behind {@code handle} has read everything sent to them up to {@code readUpTo}. */
public record ReadWatermark(Channel channel, String handle, Instant readUpTo) {
}
