package io.threadline.identity.dedupe;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One run of identity-dedupe (its id is the job instance's, so a restart goes on with the same run): its policy, fixed
 * when it started, and what it did, counted in the transactions that did it. In a dry run the counts say what it would
 * have done.
 */
@Entity
@Table(name = "DEDUPE_RUN")
public class DedupeRun {

    @Id
    private Long id;

    @Column(name = "DRY_RUN", nullable = false)
    private boolean dryRun;

    @Column(name = "MIN_SCORE", nullable = false)
    private int minScore;

    /** Null: the run merges nothing by itself. */
    @Column(name = "AUTO_MERGE_SCORE")
    private Integer autoMergeScore;

    @Column(name = "STARTED_AT", nullable = false)
    private Instant startedAt;

    @Column(name = "FINISHED_AT")
    private Instant finishedAt;

    @Column(name = "CUSTOMERS_READ", nullable = false)
    private long customersRead;

    /** Pairs scoring at least the run's minimum. */
    @Column(name = "PAIRS_FOUND", nullable = false)
    private long pairsFound;

    /** Of them, pairs not recorded before. */
    @Column(name = "PAIRS_NEW", nullable = false)
    private long pairsNew;

    /** Pairs merged (dry run: that a run would merge). */
    @Column(name = "PAIRS_MERGED", nullable = false)
    private long pairsMerged;

    /** Open pairs no longer found, removed (dry run: that a run would remove). */
    @Column(name = "PAIRS_REMOVED", nullable = false)
    private long pairsRemoved;

    protected DedupeRun() {
    }

    DedupeRun(long id, DedupePolicy policy, Instant startedAt) {
        this.id = id;
        this.dryRun = policy.dryRun();
        this.minScore = policy.minScore();
        this.autoMergeScore = policy.autoMergeScore();
        this.startedAt = startedAt;
    }

    DedupePolicy policy() {
        return new DedupePolicy(minScore, autoMergeScore, dryRun);
    }

    void read(long customers, long found, long recorded, long mergeable) {
        customersRead += customers;
        pairsFound += found;
        pairsNew += recorded;
        if (dryRun) {
            pairsMerged += mergeable;
        }
    }

    void finished(long merged, long removed, Instant at) {
        if (!dryRun) {
            pairsMerged = merged;
        }
        pairsRemoved = removed;
        finishedAt = at;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    /** What the run did (would do, in a dry run), in words: the job's exit status. */
    String summary() {
        String counts = customersRead + " customers read, " + pairsFound + " pairs found (" + pairsNew + " new), ";
        if (dryRun) {
            return "Dry run, nothing changed: " + counts + pairsMerged + " pairs to merge, " + pairsRemoved
                    + " pairs no longer found to remove";
        }
        return counts + (autoMergeScore == null ? "merging off" : pairsMerged + " pairs merged") + ", " + pairsRemoved
                + " pairs no longer found removed";
    }

    JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", id).add("dryRun", dryRun).add("minScore", minScore);
        json = autoMergeScore == null ? json.addNull("autoMergeScore") : json.add("autoMergeScore", autoMergeScore);
        json.add("startedAt", startedAt.toString());
        json = finishedAt == null ? json.addNull("finishedAt") : json.add("finishedAt", finishedAt.toString());
        return json.add("customersRead", customersRead).add("pairsFound", pairsFound).add("pairsNew", pairsNew)
                .add("pairsMerged", pairsMerged).add("pairsRemoved", pairsRemoved).add("summary", summary()).build();
    }
}
