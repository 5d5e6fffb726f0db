package io.threadline.reporting;

import io.threadline.assist.BotOutcome;

import java.time.Instant;

/** A chat question the bot answered (a row of {@code BOT_OFFER}) as the job counts it: how it ended, when asked and ended. */
public record BotQuestion(BotOutcome outcome, Instant offeredAt, Instant endedAt) {
}
