package io.threadline.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One change: who made it, when, to what (a kind and a name), and the JSON before and after (null for none). */
@Entity
@Table(name = "AUDIT_ENTRY", indexes = @Index(name = "IX_AUDIT_SUBJECT", columnList = "SUBJECT_KIND, SUBJECT_NAME"))
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "AuditSeq", sequenceName = "AUDIT_SEQ", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "AuditSeq")
    private Long id;

    @Column(name = "CHANGED_AT", nullable = false)
    private Instant at;

    @Column(name = "ACTOR", length = 100, nullable = false)
    private String actor;

    @Column(name = "ACTION", length = 20, nullable = false)
    private String action;

    @Column(name = "SUBJECT_KIND", length = 50, nullable = false)
    private String subjectKind;

    @Column(name = "SUBJECT_NAME", length = 200, nullable = false)
    private String subjectName;

    @Lob
    @Column(name = "BEFORE_JSON")
    private String before;

    @Lob
    @Column(name = "AFTER_JSON")
    private String after;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, String actor, String action, String subjectKind, String subjectName, String before, String after) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.subjectKind = subjectKind;
        this.subjectName = subjectName;
        this.before = before;
        this.after = after;
    }

    AuditEntryView view() {
        return new AuditEntryView(id, at, actor, action, subjectKind, subjectName, before, after);
    }
}
