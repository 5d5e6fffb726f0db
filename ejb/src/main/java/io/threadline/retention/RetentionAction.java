package io.threadline.retention;

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

import java.time.Instant;

/**
 * One thing a retention run did (or, in a dry run, would do), written in the transaction that did it: its target,
 * which one ({@code subject}: a customer id, a stored file's id, a dead letter's message id, a draft's id) and what
 * about it, in words free of personal data.
 */
@Entity
@Table(name = "RETENTION_ACTION", indexes = @Index(name = "IX_RETENTION_ACTION_RUN", columnList = "RUN_ID, ID"))
@NamedQuery(name = "RetentionAction.ofRun", query = "SELECT a FROM RetentionAction a WHERE a.runId = :runId AND a.id > :after"
        + " ORDER BY a.id")
@NamedQuery(name = "RetentionAction.ofSubject", query = "SELECT a.id FROM RetentionAction a WHERE a.runId = :runId"
        + " AND a.target = :target AND a.subject = :subject")
@NamedQuery(name = "RetentionAction.counts", query = "SELECT a.runId, a.target, COUNT(a) FROM RetentionAction a"
        + " WHERE a.runId IN :runIds GROUP BY a.runId, a.target")
public class RetentionAction {

    static final int MAX_DETAIL = 1000;

    @Id
    @SequenceGenerator(name = "RetentionActionSeq", sequenceName = "RETENTION_ACTION_SEQ", allocationSize = 100)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "RetentionActionSeq")
    private Long id;

    @Column(name = "RUN_ID", nullable = false)
    private long runId;

    @Enumerated(EnumType.STRING)
    @Column(name = "TARGET", length = 20, nullable = false)
    private RetentionTarget target;

    @Column(name = "SUBJECT", length = 300, nullable = false)
    private String subject;

    @Column(name = "DETAIL", length = MAX_DETAIL)
    private String detail;

    @Column(name = "RECORDED_AT", nullable = false)
    private Instant recordedAt;

    protected RetentionAction() {
    }

    RetentionAction(long runId, RetentionTarget target, String subject, String detail, Instant recordedAt) {
        this.runId = runId;
        this.target = target;
        this.subject = subject;
        this.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        this.recordedAt = recordedAt;
    }

    RetentionRunView.ActionView view() {
        return new RetentionRunView.ActionView(id, target, subject, detail, recordedAt);
    }
}
