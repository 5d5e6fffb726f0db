package io.threadline.conversation;

import io.threadline.sla.SlaClock;

import java.time.Instant;
import java.util.List;

/**
 * A conversation's working state: where it is queued, who has it, how urgent, its language, its SLA clocks, and the
 * conversation it was merged into (then it is resolved and its entries are there), and the customer's CSAT rating.
 */
public record ConversationView(Long id, Long customerId, String status, int priority, String queue, String assignee,
                               String subject, String startedOn, String channel, List<String> tags, String language,
                               Integer urgency, List<String> requiredSkills, Instant openedAt, Instant lastActivityAt,
                               Instant snoozedUntil, SlaView sla, Long mergedInto, CsatView csat) {

    /** The SLA policy and due times; all null when no policy applies. Breaches are kept for good. */
    public record SlaView(String policy, Instant firstResponseDueAt, Instant firstResponseAt, Instant nextResponseDueAt,
                          Instant resolutionDueAt, Instant pausedSince, List<BreachView> breaches) {
    }

    public record BreachView(String target, Instant at) {
    }

    /** The customer's satisfaction rating; null until they rated the conversation. */
    public record CsatView(int score, String comment, Instant at) {
    }

    public static ConversationView of(Conversation c) {
        return new ConversationView(c.getId(), c.getCustomer().getId(), c.getStatus().name(), c.getPriority(), c.getQueue(),
                c.getAssignee(), c.getSubject(), c.getStartedOn().name(), c.getChannel().name(),
                c.getTags().stream().sorted().toList(), c.getLanguage(), c.getUrgency(),
                c.getRequiredSkills().stream().sorted().toList(), c.getOpenedAt(), c.getLastActivityAt(), c.getSnoozedUntil(),
                sla(c), c.getMergedInto(), c.csat().map(r -> new CsatView(r.score(), r.comment(), r.at())).orElse(null));
    }

    private static SlaView sla(Conversation c) {
        List<BreachView> breaches = c.getBreaches().stream().map(b -> new BreachView(b.target().name(), b.at())).toList();
        return c.sla().map(clock -> view(clock, breaches))
                .orElseGet(() -> new SlaView(null, null, null, null, null, null, breaches));
    }

    private static SlaView view(SlaClock clock, List<BreachView> breaches) {
        return new SlaView(clock.policy(), clock.firstResponseDueAt(), clock.firstResponseAt(), clock.nextResponseDueAt(),
                clock.resolutionDueAt(), clock.pausedSince(), breaches);
    }
}
