package io.threadline.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * One run of the retention job (its id is the job instance's, so a restart goes on with the same run): the policy it
 * applies, fixed when it started, and when it started and finished. What it did is in its {@link RetentionAction}s.
 */
@Entity
@Table(name = "RETENTION_RUN")
public class RetentionRun {

    @Id
    private Long id;

    @Column(name = "DRY_RUN", nullable = false)
    private boolean dryRun;

    @Column(name = "AS_OF", nullable = false)
    private Instant asOf;

    @Column(name = "CUSTOMERS_INACTIVE_SINCE")
    private Instant customersInactiveSince;

    @Column(name = "ATTACHMENTS_BEFORE")
    private Instant attachmentsBefore;

    @Column(name = "DEAD_LETTERS_BEFORE")
    private Instant deadLettersBefore;

    @Column(name = "DRAFTS_BEFORE")
    private Instant draftsBefore;

    @Column(name = "AUDIT_ENTRIES_BEFORE")
    private Instant auditEntriesBefore;

    @Column(name = "STARTED_AT", nullable = false)
    private Instant startedAt;

    @Column(name = "FINISHED_AT")
    private Instant finishedAt;

    protected RetentionRun() {
    }

    RetentionRun(long id, RetentionPolicy policy, Instant startedAt) {
        this.id = id;
        this.dryRun = policy.dryRun();
        this.asOf = policy.asOf();
        this.customersInactiveSince = policy.cutoff(RetentionTarget.CUSTOMER).orElse(null);
        this.attachmentsBefore = policy.cutoff(RetentionTarget.ATTACHMENT).orElse(null);
        this.deadLettersBefore = policy.cutoff(RetentionTarget.DEAD_LETTER).orElse(null);
        this.draftsBefore = policy.cutoff(RetentionTarget.DRAFT).orElse(null);
        this.auditEntriesBefore = policy.cutoff(RetentionTarget.AUDIT_ENTRY).orElse(null);
        this.startedAt = startedAt;
    }

    public RetentionPolicy policy() {
        Map<RetentionTarget, Instant> cutoffs = new EnumMap<>(RetentionTarget.class);
        put(cutoffs, RetentionTarget.CUSTOMER, customersInactiveSince);
        put(cutoffs, RetentionTarget.ATTACHMENT, attachmentsBefore);
        put(cutoffs, RetentionTarget.DEAD_LETTER, deadLettersBefore);
        put(cutoffs, RetentionTarget.DRAFT, draftsBefore);
        put(cutoffs, RetentionTarget.AUDIT_ENTRY, auditEntriesBefore);
        return new RetentionPolicy(asOf, dryRun, cutoffs);
    }

    void finished(Instant at) {
        finishedAt = at;
    }

    public Long getId() {
        return id;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    private static void put(Map<RetentionTarget, Instant> cutoffs, RetentionTarget target, Instant cutoff) {
        if (cutoff != null) {
            cutoffs.put(target, cutoff);
        }
    }
}
