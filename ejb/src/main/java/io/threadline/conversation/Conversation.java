package io.threadline.conversation;

import io.threadline.identity.Customer;
import io.threadline.identity.CustomerTier;
import io.threadline.shared.Channel;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * A thread of interactions with one customer that is worked as a unit: it is assigned, prioritised,
 * put under SLA and resolved. A customer's later message joins it while it is still active.
 */
@Entity
@Table(name = "CONVERSATION", indexes = @Index(name = "IX_CONVERSATION_CUSTOMER", columnList = "CUSTOMER_ID, LAST_ACTIVITY_AT"))
@NamedQuery(name = "Conversation.latestActive", query = "SELECT c FROM Conversation c WHERE c.customer.id = :customerId"
        + " AND c.status <> io.threadline.conversation.ConversationStatus.RESOLVED ORDER BY c.lastActivityAt DESC")
@NamedQuery(name = "Conversation.snoozeOver", query = "SELECT c FROM Conversation c WHERE c.status = "
        + "io.threadline.conversation.ConversationStatus.SNOOZED AND c.snoozedUntil <= :now")
@NamedQuery(name = "Conversation.ofMerge", query = "SELECT c FROM Conversation c WHERE c.customer = :customer AND c.id IN"
        + " (SELECT x FROM CustomerMerge m JOIN m.conversationIds x WHERE m.id = :mergeId)")
@NamedQuery(name = "Conversation.ofCustomer", query = "SELECT c FROM Conversation c WHERE c.customer.id = :customerId ORDER BY c.openedAt")
public class Conversation {

    public static final String DEFAULT_QUEUE = "default";
    public static final int NORMAL_PRIORITY = 2;
    public static final int VIP_PRIORITY = 1;

    @Id
    @SequenceGenerator(name = "ConversationSeq", sequenceName = "CONVERSATION_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ConversationSeq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "CUSTOMER_ID", nullable = false)
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 20, nullable = false)
    private ConversationStatus status = ConversationStatus.OPEN;

    /** 1 is the most urgent; the inbox sorts by priority, then SLA due time, then age. */
    @Column(name = "PRIORITY", nullable = false)
    private int priority;

    @Column(name = "QUEUE_NAME", length = 100, nullable = false)
    private String queue = DEFAULT_QUEUE;

    @Column(name = "ASSIGNEE", length = 100)
    private String assignee;

    @Column(name = "SUBJECT", length = 500)
    private String subject;

    /** The subject lower-cased, what search matches. */
    @Column(name = "SUBJECT_KEY", length = 500)
    private String subjectKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "STARTED_ON", length = 20, nullable = false)
    private Channel startedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CONVERSATION_TAG", joinColumns = @JoinColumn(name = "CONVERSATION_ID"))
    @Column(name = "TAG", length = 100)
    private Set<String> tags = new TreeSet<>();

    @Column(name = "OPENED_AT", nullable = false)
    private Instant openedAt;

    @Column(name = "LAST_ACTIVITY_AT", nullable = false)
    private Instant lastActivityAt;

    @Column(name = "FIRST_RESPONSE_DUE_AT")
    private Instant firstResponseDueAt;

    @Column(name = "RESOLUTION_DUE_AT")
    private Instant resolutionDueAt;

    /** While SNOOZED: when it comes back to the inbox by itself. */
    @Column(name = "SNOOZED_UNTIL")
    private Instant snoozedUntil;

    /** Set once the conversation was merged into that one: it is closed, and its entries are there now. */
    @Column(name = "MERGED_INTO_ID")
    private Long mergedInto;

    @Version
    private long version;

    protected Conversation() {
    }

    public Conversation(Customer customer, Channel startedOn, String subject, Instant openedAt, int priority) {
        this.customer = customer;
        this.startedOn = startedOn;
        subject(subject);
        this.openedAt = openedAt;
        this.lastActivityAt = openedAt;
        this.priority = priority;
    }

    /** Whether an interaction at {@code at} still belongs here rather than in a new conversation. */
    public boolean takesActivityAt(Instant at, Duration reopenWindow) {
        return status != ConversationStatus.RESOLVED && !at.isAfter(lastActivityAt.plus(reopenWindow));
    }

    /** A customer's new interaction moves the conversation forward and wakes it if it was waiting. */
    public void recordActivity(Instant at) {
        if (at.isAfter(lastActivityAt)) {
            lastActivityAt = at;
        }
        if (status == ConversationStatus.SNOOZED || status == ConversationStatus.PENDING) {
            status = ConversationStatus.OPEN;
            snoozedUntil = null;
        }
    }

    public void assignTo(String agent) {
        assignee = agent;
    }

    /** Escalation: the conversation waits, unassigned, in another team's queue. */
    public void moveToQueue(String queueName) {
        queue = queueName;
        assignee = null;
    }

    /** Open, pending or resolved; a snooze goes through {@link #snoozeUntil}. */
    public void changeStatus(ConversationStatus newStatus) {
        if (newStatus == ConversationStatus.SNOOZED) {
            throw new IllegalArgumentException("A snooze needs a time; use snoozeUntil");
        }
        status = newStatus;
        snoozedUntil = null;
    }

    public void snoozeUntil(Instant until) {
        status = ConversationStatus.SNOOZED;
        snoozedUntil = until;
    }

    /** Returns whether the tag was new. */
    public boolean tag(String tag) {
        return tags.add(tag);
    }

    /** Returns whether the conversation had the tag. */
    public boolean untag(String tag) {
        return tags.remove(tag);
    }

    /** A VIP's conversations go to the top of the inbox; ending VIP service brings them back to normal. */
    public void followTier(CustomerTier tier) {
        priority = tier == CustomerTier.VIP ? VIP_PRIORITY : Math.max(priority, NORMAL_PRIORITY);
    }

    public void learnSubject(String newSubject) {
        if (subject == null && newSubject != null && !newSubject.isBlank()) {
            subject(newSubject.trim());
        }
    }

    private void subject(String newSubject) {
        subject = newSubject;
        deriveSubjectKey();
    }

    /** Derives the search key from the subject (again, for rows written before the key existed). */
    public void deriveSubjectKey() {
        subjectKey = subject == null ? null : subject.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Takes over what {@code source} was (its entries are moved by the caller) and closes it as merged here: tags
     * are united, the more urgent priority wins, this conversation's assignee stays (the source's if it has none),
     * the earlier SLA due times count, and a resolved target is open again when the merged one was not.
     */
    public void absorb(Conversation source) {
        tags.addAll(source.tags);
        priority = Math.min(priority, source.priority);
        if (assignee == null) {
            assignee = source.assignee;
        }
        learnSubject(source.subject);
        if (source.lastActivityAt.isAfter(lastActivityAt)) {
            lastActivityAt = source.lastActivityAt;
        }
        if (status == ConversationStatus.RESOLVED && source.status != ConversationStatus.RESOLVED) {
            status = ConversationStatus.OPEN;
        }
        firstResponseDueAt = earlier(firstResponseDueAt, source.firstResponseDueAt);
        resolutionDueAt = earlier(resolutionDueAt, source.resolutionDueAt);
        source.mergedInto = id;
        source.status = ConversationStatus.RESOLVED;
        source.assignee = null;
        source.snoozedUntil = null;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    public boolean isMerged() {
        return mergedInto != null;
    }

    public void moveTo(Customer survivor) {
        this.customer = survivor;
        if (survivor.getTier() == CustomerTier.VIP) {
            priority = Math.min(priority, VIP_PRIORITY);
        }
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public ConversationStatus getStatus() {
        return status;
    }

    public int getPriority() {
        return priority;
    }

    public String getQueue() {
        return queue;
    }

    public String getAssignee() {
        return assignee;
    }

    public String getSubject() {
        return subject;
    }

    public Channel getStartedOn() {
        return startedOn;
    }

    public Set<String> getTags() {
        return Set.copyOf(tags);
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public Instant getFirstResponseDueAt() {
        return firstResponseDueAt;
    }

    public Instant getResolutionDueAt() {
        return resolutionDueAt;
    }

    public Instant getSnoozedUntil() {
        return snoozedUntil;
    }

    public Long getMergedInto() {
        return mergedInto;
    }
}
