package io.threadline.conversation;

import io.threadline.csat.CsatRating;
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

import io.threadline.sla.RecordedBreach;
import io.threadline.sla.SlaClock;
import io.threadline.sla.SlaTarget;
import jakarta.persistence.Embedded;
import jakarta.persistence.OrderColumn;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.TreeSet;

/**
 * A thread of interactions with one customer that is worked as a unit: it is assigned, prioritised,
 * put under SLA and resolved. A customer's later message joins it while it is still active.
 */
@Entity
@Table(name = "CONVERSATION", indexes = {
        @Index(name = "IX_CONVERSATION_CUSTOMER", columnList = "CUSTOMER_ID, LAST_ACTIVITY_AT"),
        @Index(name = "IX_CONVERSATION_SLA_DEADLINE", columnList = "SLA_NEXT_DEADLINE_AT"),
        @Index(name = "IX_CONVERSATION_ASSIGNEE", columnList = "ASSIGNEE, STATUS"),
        @Index(name = "IX_CONVERSATION_QUEUE", columnList = "QUEUE_NAME, STATUS"),
        @Index(name = "IX_CONVERSATION_SNOOZE", columnList = "STATUS, SNOOZED_UNTIL")})
@NamedQuery(name = "Conversation.latestActive", query = "SELECT c FROM Conversation c WHERE c.customer.id = :customerId"
        + " AND c.status <> io.threadline.conversation.ConversationStatus.RESOLVED ORDER BY c.lastActivityAt DESC")
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

    /** The channel of the customer's latest message: what per-channel capacity counts. */
    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL", length = 20)
    private Channel channel;

    /** Skills an agent needs to be assigned it, as routing rules required. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CONVERSATION_SKILL", joinColumns = @JoinColumn(name = "CONVERSATION_ID"))
    @Column(name = "SKILL", length = 100)
    private Set<String> requiredSkills = new TreeSet<>();

    /** ISO 639-1 language of the customer's latest message whose language was recognised. */
    @Column(name = "LANGUAGE", length = 8)
    private String language;

    /** The highest urgency (0-100) of the customer's messages not answered yet; null once answered. */
    @Column(name = "URGENCY")
    private Integer urgency;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CONVERSATION_TAG", joinColumns = @JoinColumn(name = "CONVERSATION_ID"))
    @Column(name = "TAG", length = 100)
    private Set<String> tags = new TreeSet<>();

    @Column(name = "OPENED_AT", nullable = false)
    private Instant openedAt;

    @Column(name = "LAST_ACTIVITY_AT", nullable = false)
    private Instant lastActivityAt;

    /** The SLA clocks of the policy the conversation is under; null under none. */
    @Embedded
    private SlaClock sla;

    /** The earliest due time of a running SLA clock: what the inbox sorts by and "Breaching SLA" shows. */
    @Column(name = "SLA_DUE_AT")
    private Instant slaDueAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CONVERSATION_SLA_BREACH", joinColumns = @JoinColumn(name = "CONVERSATION_ID"))
    @OrderColumn(name = "POSITION")
    private List<RecordedBreach> breaches = new ArrayList<>();

    /** The customer's answer to the satisfaction survey; null until they gave one. */
    @Embedded
    private CsatRating csat;

    /** While SNOOZED: when it comes back to the inbox by itself. */
    /** When a person first answered; kept with or without an SLA policy, for the reports. */
    @Column(name = "FIRST_RESPONSE_AT")
    private Instant firstResponseAt;

    /** When the conversation was last resolved; kept when it is reopened, replaced when resolved again. */
    @Column(name = "RESOLVED_AT")
    private Instant resolvedAt;

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
        this.channel = startedOn;
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

    /** The customer wrote on {@code on}: its language (when recognised) and urgency count until an agent answers. */
    public void customerWrote(Channel on, String messageLanguage, Integer messageUrgency) {
        channel = on;
        if (messageLanguage != null) {
            language = messageLanguage;
        }
        if (messageUrgency != null) {
            urgency = urgency == null ? messageUrgency : Math.max(urgency, messageUrgency);
        }
    }

    /** An agent answered: nothing the customer wrote is unanswered any more. */
    public void answered(Instant at) {
        urgency = null;
        if (firstResponseAt == null) {
            firstResponseAt = at;
        }
    }

    /**
     * Applies what routing decided: the queue and required skills only while nobody has the conversation (whoever has
     * it keeps it), the priority when more urgent than now (or on a new conversation, any), the tags always.
     */
    public void route(String toQueue, Integer toPriority, Collection<String> addTags, Collection<String> skills, boolean isNew) {
        if (assignee == null && toQueue != null) {
            queue = toQueue;
        }
        if (assignee == null) {
            requiredSkills.addAll(skills);
        }
        if (toPriority != null && (isNew || toPriority < priority)) {
            priority = toPriority;
        }
        tags.addAll(addTags);
    }

    /** The customer rated the conversation; a later rating replaces an earlier one. */
    public void rated(CsatRating rating) {
        csat = rating;
    }

    public Optional<CsatRating> csat() {
        return csat == null || csat.at() == null ? Optional.empty() : Optional.of(csat);
    }

    public void setPriority(int newPriority) {
        priority = newPriority;
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
    public void changeStatus(ConversationStatus newStatus, Instant at) {
        if (newStatus == ConversationStatus.SNOOZED) {
            throw new IllegalArgumentException("A snooze needs a time; use snoozeUntil");
        }
        if (newStatus == ConversationStatus.RESOLVED && status != ConversationStatus.RESOLVED) {
            resolvedAt = at;
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

    /**
     * Retention anonymizes the customer: the subject and the CSAT comment, their words, go; status, times, SLA figures
     * and the CSAT score, what the reports count, stay.
     */
    public void anonymize() {
        subject(null);
        if (csat != null && csat.comment() != null) {
            csat = csat.withoutComment();
        }
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
        if (sla == null && source.sla != null) {
            sla = source.sla;
            breaches.addAll(source.breaches);
            refreshSlaDue();
        }
        source.mergedInto = id;
        source.status = ConversationStatus.RESOLVED;
        source.assignee = null;
        source.snoozedUntil = null;
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

    public Channel getChannel() {
        return channel == null ? startedOn : channel;
    }

    public Set<String> getRequiredSkills() {
        return Set.copyOf(requiredSkills);
    }

    public String getLanguage() {
        return language;
    }

    public Integer getUrgency() {
        return urgency;
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

    /** The SLA clocks, when a policy applies. */
    public Optional<SlaClock> sla() {
        return Optional.ofNullable(sla);
    }

    /** Puts the conversation under a policy's clocks (a new one, or another policy's). */
    public void underSla(SlaClock clock) {
        sla = clock;
        refreshSlaDue();
    }

    /** Changes the SLA clocks, if any, and keeps the due time the inbox sorts by current. */
    public void onSla(Consumer<SlaClock> change) {
        if (sla != null) {
            change.accept(sla);
            refreshSlaDue();
        }
    }

    /** Records a breach for good, besides on the clock. */
    public void breached(SlaTarget target, Instant at) {
        breaches.add(new RecordedBreach(target, at));
    }

    public List<RecordedBreach> getBreaches() {
        return List.copyOf(breaches);
    }

    public Instant getSlaDueAt() {
        return slaDueAt;
    }

    private void refreshSlaDue() {
        slaDueAt = sla == null ? null : sla.earliestDue().orElse(null);
    }

    public Instant getSnoozedUntil() {
        return snoozedUntil;
    }

    public Long getMergedInto() {
        return mergedInto;
    }
}
