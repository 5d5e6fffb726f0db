package io.threadline.conversation;

import io.threadline.identity.Customer;
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
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * One interaction on a customer's timeline: a message in or out, a call, a note or a system event.
 * It keeps the provider's time ({@code occurredAt}, the order agents see), the time Threadline accepted it
 * ({@code receivedAt}) and the time it was written here ({@code recordedAt}).
 * (channel, externalId) is unique: providers retry, and a retried message must not appear twice.
 */
@Entity
@Table(name = "TIMELINE_ENTRY",
        uniqueConstraints = @UniqueConstraint(name = "UQ_ENTRY_EXTERNAL_ID", columnNames = {"CHANNEL", "EXTERNAL_ID"}),
        indexes = {
                @Index(name = "IX_ENTRY_CUSTOMER", columnList = "CUSTOMER_ID, OCCURRED_AT"),
                @Index(name = "IX_ENTRY_CONVERSATION", columnList = "CONVERSATION_ID, OCCURRED_AT"),
                @Index(name = "IX_ENTRY_OCCURRED", columnList = "OCCURRED_AT, ID"),
                @Index(name = "IX_ENTRY_SCHEDULED", columnList = "DELIVERY_STATUS, SCHEDULED_FOR")})
@NamedQuery(name = "TimelineEntry.byExternalId",
        query = "SELECT e FROM TimelineEntry e WHERE e.channel = :channel AND e.externalId = :externalId")
@NamedQuery(name = "TimelineEntry.ofCustomer",
        query = "SELECT e FROM TimelineEntry e WHERE e.customer.id = :customerId ORDER BY e.occurredAt, e.id")
@NamedQuery(name = "TimelineEntry.inboundTimesOn",
        query = "SELECT e.occurredAt FROM TimelineEntry e WHERE e.customer.id = :customerId AND e.channel = :channel "
                + "AND e.direction = io.threadline.conversation.Direction.INBOUND ORDER BY e.occurredAt DESC")
@NamedQuery(name = "TimelineEntry.sentTo",
        query = "SELECT e FROM TimelineEntry e WHERE e.customer = :customer AND e.channel = :channel "
                + "AND e.direction = io.threadline.conversation.Direction.OUTBOUND AND e.occurredAt <= :upTo "
                + "AND e.deliveryStatus IN (io.threadline.conversation.DeliveryStatus.SENT, io.threadline.conversation.DeliveryStatus.DELIVERED)")
@NamedQuery(name = "TimelineEntry.threadOf",
        query = "SELECT e.externalId FROM TimelineEntry e WHERE e.conversation = :conversation AND e.channel = :channel"
                + " AND e.externalId IS NOT NULL AND e.id <> :entryId ORDER BY e.occurredAt, e.id")
@NamedQuery(name = "TimelineEntry.newForReplier",
        query = "SELECT e FROM TimelineEntry e WHERE e.customer = :customer AND e.recordedAt > :after"
                + " AND (e.direction = io.threadline.conversation.Direction.INBOUND"
                + " OR (e.direction = io.threadline.conversation.Direction.OUTBOUND AND e.author <> :author"
                + " AND (e.deliveryStatus IS NULL OR e.deliveryStatus <> io.threadline.conversation.DeliveryStatus.CANCELLED)))"
                + " ORDER BY e.recordedAt, e.id")
@NamedQuery(name = "TimelineEntry.idsOfCustomer",
        query = "SELECT e.id FROM TimelineEntry e WHERE e.customer = :customer")
@NamedQuery(name = "TimelineEntry.idsOfMerge",
        query = "SELECT e.id FROM TimelineEntry e WHERE e.customer = :customer AND ("
                + "e.id IN (SELECT x FROM CustomerMerge m JOIN m.entryIds x WHERE m.id = :mergeId)"
                + " OR e.conversationId IN (SELECT y FROM CustomerMerge n JOIN n.conversationIds y WHERE n.id = :mergeId))")
@NamedQuery(name = "TimelineEntry.moveBack",
        query = "UPDATE TimelineEntry e SET e.customer = :to WHERE e.customer = :from AND ("
                + "e.id IN (SELECT x FROM CustomerMerge m JOIN m.entryIds x WHERE m.id = :mergeId)"
                + " OR e.conversationId IN (SELECT y FROM CustomerMerge n JOIN n.conversationIds y WHERE n.id = :mergeId))")
@NamedQuery(name = "TimelineEntry.scheduledDue",
        query = "SELECT e.id FROM TimelineEntry e WHERE e.deliveryStatus = io.threadline.conversation.DeliveryStatus.SCHEDULED"
                + " AND e.scheduledFor <= :now ORDER BY e.scheduledFor, e.id")
@NamedQuery(name = "TimelineEntry.unconfirmed",
        query = "SELECT e FROM TimelineEntry e WHERE e.deliveryStatus = io.threadline.conversation.DeliveryStatus.PENDING"
                + " AND e.attemptedAt < :cutoff ORDER BY e.attemptedAt, e.id")
@NamedQuery(name = "TimelineEntry.repliesBy",
        query = "SELECT e FROM TimelineEntry e WHERE e.conversation.id = :conversationId AND e.author = :author"
                + " AND e.direction = io.threadline.conversation.Direction.OUTBOUND ORDER BY e.recordedAt DESC, e.id DESC")
@NamedQuery(name = "TimelineEntry.latestInboundText",
        query = "SELECT e.text FROM TimelineEntry e WHERE e.conversation = :conversation"
                + " AND e.direction = io.threadline.conversation.Direction.INBOUND ORDER BY e.occurredAt DESC, e.id DESC")
@NamedQuery(name = "TimelineEntry.moveCustomer",
        query = "UPDATE TimelineEntry e SET e.customer = :survivor WHERE e.customer = :merged")
public class TimelineEntry {

    public static final int SEARCH_TEXT_LENGTH = 4000;
    public static final int MAX_ORDERS = 5;

    @Id
    @SequenceGenerator(name = "EntrySeq", sequenceName = "TIMELINE_ENTRY_SEQ", allocationSize = 100)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "EntrySeq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "CUSTOMER_ID", nullable = false)
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "CONVERSATION_ID")
    private Conversation conversation;

    /** The conversation's id as stored, for queries that must not join (entries of no conversation included). */
    @Column(name = "CONVERSATION_ID", insertable = false, updatable = false)
    private Long conversationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ENTRY_TYPE", length = 20, nullable = false)
    private EntryType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL", length = 20)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "DIRECTION", length = 20, nullable = false)
    private Direction direction;

    @Column(name = "EXTERNAL_ID", length = 255)
    private String externalId;

    @Column(name = "IN_REPLY_TO", length = 255)
    private String inReplyTo;

    /** Who wrote it: the customer's name or handle, an agent's user name, or "system". */
    @Column(name = "AUTHOR", length = 320)
    private String author;

    @Column(name = "SUBJECT", length = 500)
    private String subject;

    @Lob
    @Column(name = "BODY")
    private String text;

    /** What the customer sent, when {@code text} shows less of it (email: quoted history and signature trimmed). */
    @Lob
    @Column(name = "ORIGINAL_TEXT")
    private String originalText;

    /** The HTML body as received, reduced to safe markup (no scripts, no event handlers). */
    @Lob
    @Column(name = "ORIGINAL_HTML")
    private String originalHtml;

    /**
     * Subject and text lower-cased (the first {@value #SEARCH_TEXT_LENGTH} characters), what search matches: a plain
     * column both Derby and PostgreSQL compare case-insensitively without a function on the column.
     */
    @Column(name = "SEARCH_TEXT", length = SEARCH_TEXT_LENGTH)
    private String searchText;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "TIMELINE_ATTACHMENT", joinColumns = @JoinColumn(name = "ENTRY_ID"))
    @OrderColumn(name = "POSITION")
    private List<Attachment> attachments = new ArrayList<>();

    @Column(name = "OCCURRED_AT", nullable = false)
    private Instant occurredAt;

    @Column(name = "RECEIVED_AT", nullable = false)
    private Instant receivedAt;

    @Column(name = "RECORDED_AT", nullable = false)
    private Instant recordedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "CALL_STATUS", length = 20)
    private CallDetails.CallStatus callStatus;

    @Column(name = "CALL_DURATION_SECONDS")
    private Integer callDurationSeconds;

    @Column(name = "RECORDING_URL", length = 2000)
    private String recordingUrl;

    @Enumerated(EnumType.STRING)
    @Column(name = "DELIVERY_STATUS", length = 20)
    private DeliveryStatus deliveryStatus;

    @Column(name = "DELIVERY_DETAIL", length = 1000)
    private String deliveryDetail;

    /** ISO 639-1 language of a customer's message, when it was recognised. */
    @Column(name = "LANGUAGE", length = 8)
    private String language;

    /** An inbound message a machine sent (an out-of-office answer, a mailing list): automation never answers it. */
    @Column(name = "AUTO_GENERATED")
    private Boolean autoGenerated;

    /** How urgent a customer's message reads, 0-100. */
    @Column(name = "URGENCY")
    private Integer urgency;

    /** When a reply sent later goes; null for a reply sent at once. */
    @Column(name = "SCHEDULED_FOR")
    private Instant scheduledFor;

    /** Since when the reply waits to go out (written, released or sent again); null for older rows and inbound. */
    @Column(name = "PENDING_SINCE")
    private Instant pendingSince;

    /**
     * When the reply was last handed to its provider, recorded before the call goes out. A PENDING reply with an
     * attempt has an outcome not known yet: it is confirmed with the provider, never sent again blindly.
     */
    @Column(name = "ATTEMPTED_AT")
    private Instant attemptedAt;

    /** The ERP orders this entry is about or mentions, space-separated (at most {@value #MAX_ORDERS}). */
    @Column(name = "ORDER_NUMBERS", length = 400)
    private String orderNumbers;

    protected TimelineEntry() {
    }

    private TimelineEntry(Customer customer, Conversation conversation, EntryType type, Channel channel,
                          Direction direction, Instant occurredAt, Instant receivedAt) {
        this.customer = customer;
        this.conversation = conversation;
        this.type = type;
        this.channel = channel;
        this.direction = direction;
        this.occurredAt = occurredAt;
        this.receivedAt = receivedAt;
        this.recordedAt = Instant.now();
    }

    /**
     * A message from the customer, or a call with them. Calls are CALL entries (an outbound call keeps its
     * direction); everything else is a MESSAGE.
     */
    public static TimelineEntry inbound(Customer customer, Conversation conversation, InboundInteraction interaction) {
        EntryType type = interaction.channel() == Channel.PHONE ? EntryType.CALL : EntryType.MESSAGE;
        CallDetails call = interaction.call();
        Direction direction = call != null && call.direction() != null ? call.direction() : Direction.INBOUND;
        TimelineEntry entry = new TimelineEntry(customer, conversation, type, interaction.channel(), direction,
                interaction.occurredAt(), interaction.receivedAt());
        if (call != null) {
            entry.applyCall(call);
        }
        entry.externalId = interaction.externalId();
        entry.inReplyTo = interaction.inReplyTo();
        entry.author = interaction.author();
        entry.subject = interaction.subject();
        entry.text = interaction.text();
        entry.originalText = interaction.originalText();
        entry.originalHtml = interaction.originalHtml();
        entry.autoGenerated = interaction.autoGenerated() ? Boolean.TRUE : null;
        interaction.attachments().forEach(entry.attachments::add);
        return entry;
    }

    /** What routing read in a customer's message: its language (null when not recognised) and urgency. */
    public void readAs(String detectedLanguage, Integer score) {
        language = detectedLanguage;
        urgency = score;
    }

    public boolean isAutoGenerated() {
        return Boolean.TRUE.equals(autoGenerated);
    }

    public String getLanguage() {
        return language;
    }

    public Integer getUrgency() {
        return urgency;
    }

    /** An agent's reply to the customer on a channel, PENDING until the channel's connector has delivered it. */
    public static TimelineEntry reply(Conversation conversation, Channel channel, String author, String text, Instant at) {
        return reply(conversation, channel, author, text, List.of(), at);
    }

    /** A reply with files ({@link Attachment#stored}) sent along. */
    public static TimelineEntry reply(Conversation conversation, Channel channel, String author, String text,
                                      List<Attachment> files, Instant at) {
        TimelineEntry entry = new TimelineEntry(conversation.getCustomer(), conversation, EntryType.MESSAGE, channel,
                Direction.OUTBOUND, at, at);
        entry.author = author;
        entry.text = text;
        entry.attachments.addAll(files);
        entry.deliveryStatus = DeliveryStatus.PENDING;
        entry.pendingSince = at;
        return entry;
    }

    /**
     * An agent's reply to be sent at {@code sendAt}: on the timeline at that time, SCHEDULED (not queued) until
     * {@link #release} queues it, or {@link #cancel} stops it.
     */
    public static TimelineEntry scheduledReply(Conversation conversation, Channel channel, String author, String text,
                                               List<Attachment> files, Instant sendAt) {
        TimelineEntry entry = reply(conversation, channel, author, text, files, sendAt);
        entry.deliveryStatus = DeliveryStatus.SCHEDULED;
        entry.scheduledFor = sendAt;
        return entry;
    }

    /** A scheduled reply's time has come: it is PENDING, sent now, and on the timeline at the time it went. */
    public void release(Instant now) {
        requireScheduled();
        deliveryStatus = DeliveryStatus.PENDING;
        pendingSince = now;
        occurredAt = now;
        receivedAt = now;
    }

    /** A scheduled reply that did not go: its channel's rules refused it when its time came. */
    public void failedToRelease(Instant now, String reason) {
        release(now);
        failed(reason);
    }

    public void cancel() {
        requireScheduled();
        deliveryStatus = DeliveryStatus.CANCELLED;
    }

    private void requireScheduled() {
        if (deliveryStatus != DeliveryStatus.SCHEDULED) {
            throw new IllegalStateException("Reply " + id + " is " + deliveryStatus + ", not SCHEDULED");
        }
    }

    /** The reply is about to be handed to its provider (see {@link #attemptedAt}). */
    public void attempt(Instant now) {
        requirePending();
        attemptedAt = now;
    }

    /** The provider was asked but its answer was lost: the reply stays PENDING, with why, until it is confirmed. */
    public void unconfirmed(String reason) {
        requirePending();
        deliveryDetail = detail(reason);
    }

    /** An admin sends the reply again knowing its last attempt may have reached the customer: the attempt is forgotten. */
    public void forgetAttempt() {
        requirePending();
        attemptedAt = null;
        deliveryDetail = null;
    }

    /** A provider's reason as the column keeps it. */
    private static String detail(String reason) {
        return reason == null ? null : reason.substring(0, Math.min(reason.length(), 1000));
    }

    private void requirePending() {
        requireOutbound();
        if (deliveryStatus != DeliveryStatus.PENDING) {
            throw new IllegalStateException("Reply " + id + " is " + deliveryStatus + ", not PENDING");
        }
    }

    /** The provider accepted the reply; its message id becomes the entry's external id (status callbacks use it). */
    public void sent(String providerMessageId) {
        requireOutbound();
        deliveryStatus = DeliveryStatus.SENT;
        externalId = providerMessageId;
        deliveryDetail = null;
    }

    /** The reply reached the customer's screen right away (an open chat socket). */
    public void delivered(String providerMessageId) {
        sent(providerMessageId);
        deliveryStatus = DeliveryStatus.DELIVERED;
    }

    public void failed(String reason) {
        requireOutbound();
        deliveryStatus = DeliveryStatus.FAILED;
        deliveryDetail = detail(reason);
    }

    /**
     * A provider's later report on a sent reply. Reports arrive out of order, so the status only moves forward
     * (SENT, DELIVERED, READ); FAILED replaces only SENT. Returns whether the entry changed.
     */
    public boolean advanceDelivery(DeliveryStatus reported, String detail) {
        requireOutbound();
        boolean forward = reported == DeliveryStatus.FAILED
                ? deliveryStatus == DeliveryStatus.SENT
                : (deliveryStatus == DeliveryStatus.SENT || deliveryStatus == DeliveryStatus.DELIVERED)
                && reported.ordinal() > deliveryStatus.ordinal();
        if (forward) {
            deliveryStatus = reported;
            deliveryDetail = detail(detail);
        }
        return forward;
    }

    /** A FAILED reply goes back to PENDING to be delivered again. */
    public void retry() {
        requireOutbound();
        if (deliveryStatus != DeliveryStatus.FAILED) {
            throw new IllegalStateException("Reply " + id + " is " + deliveryStatus + ", not FAILED");
        }
        deliveryStatus = DeliveryStatus.PENDING;
        deliveryDetail = null;
        pendingSince = Instant.now();
        attemptedAt = null;
    }

    private void requireOutbound() {
        if (direction != Direction.OUTBOUND || deliveryStatus == null) {
            throw new IllegalStateException("Entry " + id + " is not a reply");
        }
    }

    /** Something that happened to the customer's record (a merge, an import), told in words for the timeline. */
    public static TimelineEntry system(Customer customer, String author, String text, Instant at) {
        TimelineEntry entry = new TimelineEntry(customer, null, EntryType.SYSTEM, null, Direction.INTERNAL, at, at);
        entry.author = author;
        entry.text = text;
        return entry;
    }

    /** Something that happened to a conversation (assigned, snoozed, tagged), told in words for the timeline. */
    public static TimelineEntry system(Conversation conversation, String author, String text, Instant at) {
        TimelineEntry entry = system(conversation.getCustomer(), author, text, at);
        entry.conversation = conversation;
        return entry;
    }

    /** A change of one of the customer's orders or its shipments (placed, shipped, delivered), from the ERP. */
    public static TimelineEntry order(Customer customer, String orderNumber, String text, Instant at) {
        TimelineEntry entry = system(customer, "ERP", text, at);
        entry.type = EntryType.ORDER;
        entry.orderNumbers = orderNumber;
        return entry;
    }

    /** Links the entry to the ERP orders its text mentions. */
    public void mentionOrders(List<String> numbers) {
        orderNumbers = numbers.isEmpty() ? null : String.join(" ", numbers.subList(0, Math.min(MAX_ORDERS, numbers.size())));
    }

    public List<String> getOrderNumbers() {
        return orderNumbers == null ? List.of() : List.of(orderNumbers.split(" "));
    }

    /** An agent's internal note: seen by the team on the timeline, never sent to the customer. */
    public static TimelineEntry note(Conversation conversation, String author, String text, Instant at) {
        TimelineEntry entry = new TimelineEntry(conversation.getCustomer(), conversation, EntryType.NOTE, null,
                Direction.INTERNAL, at, at);
        entry.author = author;
        entry.text = text;
        return entry;
    }

    /** A later event of the same call fills in what it adds; a transcript replaces the text. */
    public void fillInCall(CallDetails later, String transcript) {
        applyCall(call() == null ? later : call().mergedWith(later));
        if (transcript != null && !transcript.isBlank()) {
            text = transcript;
            deriveSearchText();
        }
    }

    /**
     * Retention: the files stored with the entry are deleted ({@code why} shown in their place); the ids of their
     * stored content, for the store to delete.
     */
    public List<Long> removeStoredFiles(String why) {
        return removeFiles(a -> a.getContentId() != null, why, true);
    }

    /**
     * Retention anonymizes the customer: what the entry said goes for good ({@code why} stands in its text), the
     * customer's name as its author becomes {@code customerLabel}, and its files go; what happened stays (type,
     * channel, direction, times, delivery status, language, urgency, orders), which is what the reports count. The
     * external id stays too: it is the provider's idempotency key. Returns the ids of the stored files, to delete.
     */
    public List<Long> anonymize(String customerLabel, String why) {
        if (direction == Direction.INBOUND || type == EntryType.CALL) {
            author = customerLabel;
        }
        subject = null;
        text = text == null ? null : why;
        originalText = null;
        originalHtml = null;
        recordingUrl = null;
        deliveryDetail = null;
        deriveSearchText();
        return removeFiles(a -> true, why, false);
    }

    private List<Long> removeFiles(Predicate<Attachment> which, String why, boolean keepNames) {
        List<Long> contentIds = new ArrayList<>();
        for (int i = 0; i < attachments.size(); i++) {
            Attachment file = attachments.get(i);
            if (which.test(file)) {
                if (file.getContentId() != null) {
                    contentIds.add(file.getContentId());
                }
                attachments.set(i, file.removed(why, keepNames));
            }
        }
        return contentIds;
    }

    /** Derives what search matches from the subject and text (on persist, and for rows written before it existed). */
    @PrePersist
    public void deriveSearchText() {
        String searchable = subject == null ? text : text == null ? subject : subject + "\n" + text;
        searchText = searchable == null ? null
                : searchable.substring(0, Math.min(searchable.length(), SEARCH_TEXT_LENGTH)).toLowerCase(Locale.ROOT);
    }

    private void applyCall(CallDetails call) {
        callStatus = call.status();
        callDurationSeconds = call.durationSeconds();
        recordingUrl = call.recordingUrl();
    }

    public CallDetails call() {
        return type == EntryType.CALL && (callStatus != null || callDurationSeconds != null || recordingUrl != null)
                ? new CallDetails(callStatus, direction, callDurationSeconds, recordingUrl) : null;
    }

    public DeliveryStatus getDeliveryStatus() {
        return deliveryStatus;
    }

    public String getDeliveryDetail() {
        return deliveryDetail;
    }

    public Instant getScheduledFor() {
        return scheduledFor;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public Instant getPendingSince() {
        return pendingSince;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Conversation getConversation() {
        return conversation;
    }

    public EntryType getType() {
        return type;
    }

    public Channel getChannel() {
        return channel;
    }

    public Direction getDirection() {
        return direction;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getInReplyTo() {
        return inReplyTo;
    }

    public String getAuthor() {
        return author;
    }

    public String getSubject() {
        return subject;
    }

    public String getText() {
        return text;
    }

    public String getOriginalText() {
        return originalText;
    }

    public String getOriginalHtml() {
        return originalHtml;
    }

    public List<Attachment> getAttachments() {
        return List.copyOf(attachments);
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
