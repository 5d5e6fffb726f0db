package io.threadline.reporting;

import io.threadline.shared.Channel;

import java.time.Instant;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What happened to a conversation that the reports count: its start, a person's first answer, its resolution, its
 * CSAT survey and answer, and the due and stop times of its SLA's first response and resolution targets.
 * <p>
 * The times are kept as seconds and nanoseconds since the epoch rather than as {@link Instant} objects: a busy day's
 * partition holds about 170,000 outcomes while it counts its hours, and their million {@code Instant}s took 24 MB of
 * the 256 MB heap the nightly job is meant to run in.
 */
public final class ConversationOutcome {

    /** The seconds of an absent time: below any an {@code Instant} can have. */
    private static final long NONE = Long.MIN_VALUE;

    private final long id;
    private final Channel startedOn;
    private final String queue;
    private final String agent;
    private final String slaPolicy;
    private final Integer csatScore;
    private final long openedAtSeconds;
    private final long firstResponseAtSeconds;
    private final long resolvedAtSeconds;
    private final long surveySentAtSeconds;
    private final long csatAtSeconds;
    private final long firstResponseDueSeconds;
    private final long firstResponseStoppedSeconds;
    private final long resolutionDueSeconds;
    private final long resolutionStoppedSeconds;
    private final int openedAtNanos;
    private final int firstResponseAtNanos;
    private final int resolvedAtNanos;
    private final int surveySentAtNanos;
    private final int csatAtNanos;
    private final int firstResponseDueNanos;
    private final int firstResponseStoppedNanos;
    private final int resolutionDueNanos;
    private final int resolutionStoppedNanos;

    public ConversationOutcome(long id, Channel startedOn, String queue, String agent, Instant openedAt,
                               Instant firstResponseAt, Instant resolvedAt, Instant surveySentAt, Integer csatScore,
                               Instant csatAt, String slaPolicy, Target firstResponseTarget, Target resolutionTarget) {
        this.id = id;
        this.startedOn = startedOn;
        this.queue = queue;
        this.agent = agent;
        this.slaPolicy = slaPolicy;
        this.csatScore = csatScore;
        openedAtSeconds = seconds(openedAt);
        openedAtNanos = nanos(openedAt);
        firstResponseAtSeconds = seconds(firstResponseAt);
        firstResponseAtNanos = nanos(firstResponseAt);
        resolvedAtSeconds = seconds(resolvedAt);
        resolvedAtNanos = nanos(resolvedAt);
        surveySentAtSeconds = seconds(surveySentAt);
        surveySentAtNanos = nanos(surveySentAt);
        csatAtSeconds = seconds(csatAt);
        csatAtNanos = nanos(csatAt);
        firstResponseDueSeconds = seconds(firstResponseTarget.dueAt());
        firstResponseDueNanos = nanos(firstResponseTarget.dueAt());
        firstResponseStoppedSeconds = seconds(firstResponseTarget.stoppedAt());
        firstResponseStoppedNanos = nanos(firstResponseTarget.stoppedAt());
        resolutionDueSeconds = seconds(resolutionTarget.dueAt());
        resolutionDueNanos = nanos(resolutionTarget.dueAt());
        resolutionStoppedSeconds = seconds(resolutionTarget.stoppedAt());
        resolutionStoppedNanos = nanos(resolutionTarget.stoppedAt());
    }

    public long id() {
        return id;
    }

    public Channel startedOn() {
        return startedOn;
    }

    public String queue() {
        return queue;
    }

    public String agent() {
        return agent;
    }

    public String slaPolicy() {
        return slaPolicy;
    }

    public Integer csatScore() {
        return csatScore;
    }

    public Instant openedAt() {
        return instant(openedAtSeconds, openedAtNanos);
    }

    public Instant firstResponseAt() {
        return instant(firstResponseAtSeconds, firstResponseAtNanos);
    }

    public Instant resolvedAt() {
        return instant(resolvedAtSeconds, resolvedAtNanos);
    }

    public Instant surveySentAt() {
        return instant(surveySentAtSeconds, surveySentAtNanos);
    }

    public Instant csatAt() {
        return instant(csatAtSeconds, csatAtNanos);
    }

    public Target firstResponseTarget() {
        return new Target(instant(firstResponseDueSeconds, firstResponseDueNanos),
                instant(firstResponseStoppedSeconds, firstResponseStoppedNanos));
    }

    public Target resolutionTarget() {
        return new Target(instant(resolutionDueSeconds, resolutionDueNanos),
                instant(resolutionStoppedSeconds, resolutionStoppedNanos));
    }

    /** When anything the reports count happened to the conversation. */
    public Stream<Instant> moments() {
        Target firstResponse = firstResponseTarget();
        Target resolution = resolutionTarget();
        return Stream.of(firstResponseAt(), resolvedAt(), surveySentAt(), csatAt(), firstResponse.dueAt(),
                firstResponse.stoppedAt(), resolution.dueAt(), resolution.stoppedAt()).filter(Objects::nonNull);
    }

    private static long seconds(Instant at) {
        return at == null ? NONE : at.getEpochSecond();
    }

    private static int nanos(Instant at) {
        return at == null ? 0 : at.getNano();
    }

    private static Instant instant(long seconds, int nanos) {
        return seconds == NONE ? null : Instant.ofEpochSecond(seconds, nanos);
    }

    /** An SLA target's due time and the time it stopped (null while it runs). */
    public record Target(Instant dueAt, Instant stoppedAt) {
    }
}
