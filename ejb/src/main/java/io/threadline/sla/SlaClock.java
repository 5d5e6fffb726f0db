package io.threadline.sla;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The SLA state of one conversation: its policy, the clocks of first response, next response and resolution,
 * the pause while the conversation waits on the customer, and the earliest warning or breach still to fire
 * ({@code SLA_NEXT_DEADLINE_AT}, kept current by every change so a sweeper can query it). Due times count
 * business time in the policy's calendar; nothing counts while paused, and nothing falls due once resolved.
 */
@Embeddable
public class SlaClock {

    private static final Comparator<SlaDue> IN_ORDER = Comparator.comparing(SlaDue::dueAt).thenComparing(SlaDue::kind);

    @Column(name = "SLA_POLICY", length = 100)
    private String policy;

    @Column(name = "SLA_FIRST_RESPONSE_AT")
    private Instant firstResponseAt;

    @Column(name = "SLA_RESOLVED_AT")
    private Instant resolvedAt;

    @Column(name = "SLA_PAUSED_SINCE")
    private Instant pausedSince;

    @Column(name = "SLA_NEXT_DEADLINE_AT")
    private Instant nextDeadlineAt;

    @Embedded
    @AttributeOverride(name = "startedAt", column = @Column(name = "SLA_FIRST_RESPONSE_STARTED_AT"))
    @AttributeOverride(name = "pausedMillis", column = @Column(name = "SLA_FIRST_RESPONSE_PAUSED_MILLIS"))
    @AttributeOverride(name = "warnAt", column = @Column(name = "SLA_FIRST_RESPONSE_WARN_AT"))
    @AttributeOverride(name = "dueAt", column = @Column(name = "SLA_FIRST_RESPONSE_DUE_AT"))
    @AttributeOverride(name = "stoppedAt", column = @Column(name = "SLA_FIRST_RESPONSE_STOPPED_AT"))
    @AttributeOverride(name = "warnedAt", column = @Column(name = "SLA_FIRST_RESPONSE_WARNED_AT"))
    @AttributeOverride(name = "breachedAt", column = @Column(name = "SLA_FIRST_RESPONSE_BREACHED_AT"))
    private TargetClock firstResponse;

    @Embedded
    @AttributeOverride(name = "startedAt", column = @Column(name = "SLA_NEXT_RESPONSE_STARTED_AT"))
    @AttributeOverride(name = "pausedMillis", column = @Column(name = "SLA_NEXT_RESPONSE_PAUSED_MILLIS"))
    @AttributeOverride(name = "warnAt", column = @Column(name = "SLA_NEXT_RESPONSE_WARN_AT"))
    @AttributeOverride(name = "dueAt", column = @Column(name = "SLA_NEXT_RESPONSE_DUE_AT"))
    @AttributeOverride(name = "stoppedAt", column = @Column(name = "SLA_NEXT_RESPONSE_STOPPED_AT"))
    @AttributeOverride(name = "warnedAt", column = @Column(name = "SLA_NEXT_RESPONSE_WARNED_AT"))
    @AttributeOverride(name = "breachedAt", column = @Column(name = "SLA_NEXT_RESPONSE_BREACHED_AT"))
    private TargetClock nextResponse;

    @Embedded
    @AttributeOverride(name = "startedAt", column = @Column(name = "SLA_RESOLUTION_STARTED_AT"))
    @AttributeOverride(name = "pausedMillis", column = @Column(name = "SLA_RESOLUTION_PAUSED_MILLIS"))
    @AttributeOverride(name = "warnAt", column = @Column(name = "SLA_RESOLUTION_WARN_AT"))
    @AttributeOverride(name = "dueAt", column = @Column(name = "SLA_RESOLUTION_DUE_AT"))
    @AttributeOverride(name = "stoppedAt", column = @Column(name = "SLA_RESOLUTION_STOPPED_AT"))
    @AttributeOverride(name = "warnedAt", column = @Column(name = "SLA_RESOLUTION_WARNED_AT"))
    @AttributeOverride(name = "breachedAt", column = @Column(name = "SLA_RESOLUTION_BREACHED_AT"))
    private TargetClock resolution;

    protected SlaClock() {
    }

    /** First response and resolution fall due from the conversation's start. */
    public static SlaClock start(String policy, SlaTargets targets, BusinessCalendar calendar, Instant openedAt) {
        SlaClock clock = new SlaClock();
        clock.policy = policy;
        clock.firstResponse = TargetClock.started(openedAt, targets.firstResponse(), targets, calendar);
        clock.resolution = TargetClock.started(openedAt, targets.resolution(), targets, calendar);
        clock.refreshNextDeadline();
        return clock;
    }

    /**
     * A customer's message after the first response starts the next-response clock unless it already runs
     * (the last agent reply is still unanswered). It also ends a pause: the conversation no longer waits on them.
     * After a resolve, call {@link #reopened} instead.
     */
    public void customerWrote(Instant at, SlaTargets targets, BusinessCalendar calendar) {
        if (resolvedAt != null) {
            return;
        }
        resume(at, calendar);
        if (firstResponseAt != null && !clock(SlaTarget.NEXT_RESPONSE).running()) {
            nextResponse = TargetClock.started(at, targets.nextResponse(), targets, calendar);
        }
        refreshNextDeadline();
    }

    /** The first reply satisfies the first response; every reply satisfies the running next response. */
    public void agentReplied(Instant at) {
        if (firstResponseAt == null) {
            firstResponseAt = at;
            clock(SlaTarget.FIRST_RESPONSE).stop(at);
        }
        nextResponse = new TargetClock();
        refreshNextDeadline();
    }

    /** The conversation waits on the customer: no business time counts until {@link #resume}. */
    public void pause(Instant at) {
        if (pausedSince == null && resolvedAt == null) {
            pausedSince = at;
            refreshNextDeadline();
        }
    }

    /** Every running clock's pending due times move later by the business time the pause lasted. */
    public void resume(Instant at, BusinessCalendar calendar) {
        if (pausedSince == null) {
            return;
        }
        Duration paused = calendar.businessTimeBetween(pausedSince, at);
        for (SlaTarget target : SlaTarget.values()) {
            TargetClock clock = clock(target);
            if (clock.running()) {
                clock.shift(pausedSince, paused, calendar);
            }
        }
        pausedSince = null;
        refreshNextDeadline();
    }

    public void resolved(Instant at) {
        if (resolvedAt != null) {
            return;
        }
        resolvedAt = at;
        pausedSince = null;
        for (SlaTarget target : SlaTarget.values()) {
            clock(target).stop(at);
        }
        refreshNextDeadline();
    }

    /** A customer wrote after the resolve: resolution and next response run afresh from {@code at}. */
    public void reopened(Instant at, SlaTargets targets, BusinessCalendar calendar) {
        if (resolvedAt == null) {
            return;
        }
        resolvedAt = null;
        resolution = TargetClock.started(at, targets.resolution(), targets, calendar);
        nextResponse = TargetClock.started(at, targets.nextResponse(), targets, calendar);
        refreshNextDeadline();
    }

    /**
     * The conversation falls under another policy: running clocks fall due anew from their own start with the new
     * targets, still later by the business time they already stood paused. Recorded warnings and breaches stay
     * recorded; one that the new targets put in the past fires at the next sweep.
     */
    public void repolicy(String newPolicy, SlaTargets targets, BusinessCalendar calendar) {
        policy = newPolicy;
        for (SlaTarget target : SlaTarget.values()) {
            TargetClock clock = clock(target);
            if (clock.running()) {
                clock.plan(target.of(targets), targets, calendar);
            }
        }
        refreshNextDeadline();
    }

    /**
     * The warnings and breaches due by {@code now} and not yet recorded, earliest first, a warning before the
     * breach it precedes. While paused only what fell due before the pause began.
     */
    public List<SlaDue> due(Instant now) {
        Instant horizon = pausedSince != null && pausedSince.isBefore(now) ? pausedSince : now;
        return Arrays.stream(SlaTarget.values())
                .flatMap(target -> clock(target).due(target, horizon).stream())
                .sorted(IN_ORDER)
                .toList();
    }

    /** Marks a warning or breach as fired, so it never fires again. */
    public void record(SlaDue due) {
        clock(due.target()).record(due);
        refreshNextDeadline();
    }

    /** The earliest warning or breach still to fire; none while paused or resolved. */
    /** The earliest due time of a clock still running (breached ones included); empty while paused or when none runs. */
    public Optional<Instant> earliestDue() {
        if (pausedSince != null) {
            return Optional.empty();
        }
        return Arrays.stream(SlaTarget.values()).map(this::clock).filter(TargetClock::running)
                .map(TargetClock::dueAt).filter(at -> at != null).min(Comparator.naturalOrder());
    }

    public Optional<Instant> nextDeadline() {
        return Optional.ofNullable(nextDeadlineAt);
    }

    private void refreshNextDeadline() {
        nextDeadlineAt = Arrays.stream(SlaTarget.values())
                .flatMap(target -> clock(target).pending(target))
                .map(SlaDue::dueAt)
                .filter(at -> pausedSince == null || !at.isAfter(pausedSince))
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    /**
     * JPA loads an embedded clock whose columns are all null as null: that is an idle clock, which nothing can change
     * (it does not run). It is not put in place, so reading a conversation never makes JPA write it.
     */
    private TargetClock clock(SlaTarget target) {
        TargetClock clock = switch (target) {
            case FIRST_RESPONSE -> firstResponse;
            case NEXT_RESPONSE -> nextResponse;
            case RESOLUTION -> resolution;
        };
        return clock == null ? new TargetClock() : clock;
    }

    public String policy() {
        return policy;
    }

    public Instant firstResponseDueAt() {
        return clock(SlaTarget.FIRST_RESPONSE).dueAt();
    }

    public Instant firstResponseAt() {
        return firstResponseAt;
    }

    public Instant nextResponseDueAt() {
        return clock(SlaTarget.NEXT_RESPONSE).dueAt();
    }

    public Instant resolutionDueAt() {
        return clock(SlaTarget.RESOLUTION).dueAt();
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public Instant pausedSince() {
        return pausedSince;
    }

    /** The recorded breaches, earliest first (a next-response breach until the next cycle starts). */
    public List<SlaDue> breaches() {
        return Arrays.stream(SlaTarget.values())
                .filter(target -> clock(target).breachedAt() != null)
                .map(target -> new SlaDue(target, SlaDue.Kind.BREACH, clock(target).breachedAt()))
                .sorted(IN_ORDER)
                .toList();
    }

    /** The conversation JSON's {@code sla}: policy, due times, first response, pause and breaches. */
    public JsonObject toJson() {
        JsonArrayBuilder breaches = Json.createArrayBuilder();
        breaches().forEach(breach -> breaches.add(Json.createObjectBuilder()
                .add("target", breach.target().name()).add("at", breach.dueAt().toString())));
        JsonObjectBuilder json = Json.createObjectBuilder().add("policy", policy);
        addInstant(json, "firstResponseDueAt", firstResponseDueAt());
        addInstant(json, "firstResponseAt", firstResponseAt);
        addInstant(json, "nextResponseDueAt", nextResponseDueAt());
        addInstant(json, "resolutionDueAt", resolutionDueAt());
        addInstant(json, "pausedSince", pausedSince);
        return json.add("breaches", breaches).build();
    }

    private static void addInstant(JsonObjectBuilder json, String key, Instant instant) {
        if (instant == null) {
            json.addNull(key);
        } else {
            json.add(key, instant.toString());
        }
    }
}
