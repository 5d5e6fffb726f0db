package io.threadline.reporting;

import io.threadline.shared.Channel;

import java.time.Instant;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What happened to a conversation that the reports count: its start, a person's first answer, its resolution, its
 * CSAT survey and answer, and the due and stop times of its SLA's first response and resolution targets.
 */
public record ConversationOutcome(long id, Channel startedOn, String queue, String agent, Instant openedAt,
                                  Instant firstResponseAt, Instant resolvedAt, Instant surveySentAt, Integer csatScore,
                                  Instant csatAt, String slaPolicy, Target firstResponseTarget, Target resolutionTarget) {

    /** When anything the reports count happened to the conversation. */
    public Stream<Instant> moments() {
        return Stream.of(firstResponseAt, resolvedAt, surveySentAt, csatAt, firstResponseTarget.dueAt(),
                firstResponseTarget.stoppedAt(), resolutionTarget.dueAt(), resolutionTarget.stoppedAt()).filter(Objects::nonNull);
    }

    /** An SLA target's due time and the time it stopped (null while it runs). */
    public record Target(Instant dueAt, Instant stoppedAt) {
    }
}
