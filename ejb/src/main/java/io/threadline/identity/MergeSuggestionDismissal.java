package io.threadline.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.time.Instant;

/**
 * An agent's answer "not the same person" to a merge suggestion between two customers: kept for good, so the pair
 * is never suggested again, with who said so and when. The pair is stored in id order, so it is unique either way.
 */
@Entity
@Table(name = "MERGE_DISMISSAL",
        uniqueConstraints = @UniqueConstraint(name = "UQ_MERGE_DISMISSAL", columnNames = {"LOW_ID", "HIGH_ID"}),
        indexes = @Index(name = "IX_MERGE_DISMISSAL_HIGH", columnList = "HIGH_ID"))
@NamedQuery(name = "MergeSuggestionDismissal.involving",
        query = "SELECT d FROM MergeSuggestionDismissal d WHERE d.lowId = :customerId OR d.highId = :customerId")
public class MergeSuggestionDismissal {

    @Id
    @SequenceGenerator(name = "MergeDismissalSeq", sequenceName = "MERGE_DISMISSAL_SEQ", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "MergeDismissalSeq")
    private Long id;

    @Column(name = "LOW_ID", nullable = false)
    private Long lowId;

    @Column(name = "HIGH_ID", nullable = false)
    private Long highId;

    @Column(name = "DISMISSED_BY", length = 320, nullable = false)
    private String dismissedBy;

    @Column(name = "DISMISSED_AT", nullable = false)
    private Instant dismissedAt;

    protected MergeSuggestionDismissal() {
    }

    MergeSuggestionDismissal(long oneCustomer, long otherCustomer, String by, Instant at) {
        this.lowId = Math.min(oneCustomer, otherCustomer);
        this.highId = Math.max(oneCustomer, otherCustomer);
        this.dismissedBy = by;
        this.dismissedAt = at;
    }

    /** The customer of the pair that is not {@code customerId}. */
    long otherThan(long customerId) {
        return lowId == customerId ? highId : lowId;
    }
}
