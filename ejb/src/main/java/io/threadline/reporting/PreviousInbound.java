package io.threadline.reporting;

import io.threadline.shared.Channel;

import java.time.Instant;

/** A conversation's latest message from the customer so far: the channel they wrote on, and when. */
public record PreviousInbound(Channel channel, Instant at) {
}
