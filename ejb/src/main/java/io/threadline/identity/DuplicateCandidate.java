package io.threadline.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.time.Instant;
import java.util.List;

/**
 * Two customers identity-dedupe found to be probably one person: their score (0-100) and the evidence, as of the run that
 * found them last. One row per pair, stored in id order. Open until an agent or the job merges them, or an agent says
 * they are not the same person; a decided pair is never found again.
 */
@Entity
@Table(name = "DUPLICATE_CANDIDATE",
        uniqueConstraints = @UniqueConstraint(name = "UQ_DUPLICATE_CANDIDATE", columnNames = {"LOW_ID", "HIGH_ID"}),
        indexes = {@Index(name = "IX_DUPLICATE_CANDIDATE_HIGH", columnList = "HIGH_ID"),
                @Index(name = "IX_DUPLICATE_CANDIDATE_RUN", columnList = "RUN_ID")})
@NamedQuery(name = "DuplicateCandidate.ofPair",
        query = "SELECT c FROM DuplicateCandidate c WHERE c.lowId = :low AND c.highId = :high")
@NamedQuery(name = "DuplicateCandidate.involving",
        query = "SELECT c FROM DuplicateCandidate c WHERE c.lowId = :customerId OR c.highId = :customerId")
public class DuplicateCandidate {

    public enum State { OPEN, MERGED, DISMISSED }

    /** Stored reasons are cut here: a pair with more than this is certain enough. */
    static final int MAX_REASONS = 20;

    @Id
    @SequenceGenerator(name = "DuplicateCandidateSeq", sequenceName = "DUPLICATE_CANDIDATE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "DuplicateCandidateSeq")
    private Long id;

    @Column(name = "LOW_ID", nullable = false)
    private Long lowId;

    @Column(name = "HIGH_ID", nullable = false)
    private Long highId;

    @Column(name = "SCORE", nullable = false)
    private int score;

    /** One reason a line: {@code <weight> <reason in words>}. */
    @Column(name = "EVIDENCE", length = 4000, nullable = false)
    private String evidence;

    @Column(name = "FOUND_AT", nullable = false)
    private Instant foundAt;

    /** The identity-dedupe run (job instance) that found the pair last. */
    @Column(name = "RUN_ID", nullable = false)
    private Long runId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", length = 20, nullable = false)
    private State state = State.OPEN;

    @Column(name = "DECIDED_BY", length = 320)
    private String decidedBy;

    @Column(name = "DECIDED_AT")
    private Instant decidedAt;

    protected DuplicateCandidate() {
    }

    DuplicateCandidate(long one, long other) {
        this.lowId = Math.min(one, other);
        this.highId = Math.max(one, other);
    }

    /** What run {@code run} found: the pair's evidence and score become these. */
    void found(long run, List<DuplicateEvidence> reasons, Instant at) {
        List<DuplicateEvidence> kept = DuplicateEvidence.distinct(reasons).stream().limit(MAX_REASONS).toList();
        this.runId = run;
        this.score = DuplicateEvidence.score(kept);
        this.evidence = DuplicateEvidence.lines(kept);
        this.foundAt = at;
    }

    void decided(State decision, String by, Instant at) {
        this.state = decision;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    boolean isOpen() {
        return state == State.OPEN;
    }

    long otherThan(long customerId) {
        return lowId == customerId ? highId : lowId;
    }

    public Long getId() {
        return id;
    }

    public long getLowId() {
        return lowId;
    }

    public long getHighId() {
        return highId;
    }

    public int getScore() {
        return score;
    }

    public List<DuplicateEvidence> evidence() {
        return DuplicateEvidence.ofLines(evidence);
    }

    public Instant getFoundAt() {
        return foundAt;
    }
}
