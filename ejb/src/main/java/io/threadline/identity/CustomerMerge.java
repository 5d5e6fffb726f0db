package io.threadline.identity;

import io.threadline.shared.ConflictException;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The audit record of one merge: who merged which customer into which, when, and exactly which identities,
 * conversations and timeline entries moved, so that the merge can be undone. An undone merge keeps its record,
 * with who undid it and when.
 */
@Entity
@Table(name = "CUSTOMER_MERGE", indexes = {
        @Index(name = "IX_MERGE_SURVIVOR", columnList = "SURVIVOR_ID"),
        @Index(name = "IX_MERGE_MERGED", columnList = "MERGED_ID")})
@NamedQuery(name = "CustomerMerge.intoSurvivor",
        query = "SELECT m FROM CustomerMerge m WHERE m.survivorId = :customerId ORDER BY m.mergedAt DESC, m.id DESC")
@NamedQuery(name = "CustomerMerge.activeOfMerged",
        query = "SELECT m FROM CustomerMerge m WHERE m.mergedId = :customerId AND m.undoneAt IS NULL")
@NamedQuery(name = "CustomerMerge.withEntry",
        query = "SELECT m FROM CustomerMerge m WHERE m.survivorEntryId IN :entryIds")
public class CustomerMerge {

    @Id
    @SequenceGenerator(name = "CustomerMergeSeq", sequenceName = "CUSTOMER_MERGE_SEQ", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "CustomerMergeSeq")
    private Long id;

    @Column(name = "SURVIVOR_ID", nullable = false)
    private Long survivorId;

    @Column(name = "MERGED_ID", nullable = false)
    private Long mergedId;

    /** The merged customer's name at the time, for the record and the undo's wording. */
    @Column(name = "MERGED_NAME", length = 200)
    private String mergedName;

    @Column(name = "MERGED_BY", length = 320, nullable = false)
    private String mergedBy;

    @Column(name = "MERGED_AT", nullable = false)
    private Instant mergedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "SURVIVOR_TIER_BEFORE", length = 20, nullable = false)
    private CustomerTier survivorTierBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "SURVIVOR_TIER_AFTER", length = 20, nullable = false)
    private CustomerTier survivorTierAfter;

    @Column(name = "SURVIVOR_NAME_BEFORE", length = 200)
    private String survivorNameBefore;

    @Column(name = "SURVIVOR_NAME_AFTER", length = 200)
    private String survivorNameAfter;

    /** The system entry "Merged ... into this profile" on the survivor's timeline, where the merge can be undone too. */
    @Column(name = "SURVIVOR_ENTRY_ID")
    private Long survivorEntryId;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "CUSTOMER_MERGE_IDENTITY", joinColumns = @JoinColumn(name = "MERGE_ID"))
    @Column(name = "IDENTITY_ID", nullable = false)
    private Set<Long> identityIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "CUSTOMER_MERGE_CONVERSATION", joinColumns = @JoinColumn(name = "MERGE_ID"))
    @Column(name = "CONVERSATION_ID", nullable = false)
    private Set<Long> conversationIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "CUSTOMER_MERGE_ENTRY", joinColumns = @JoinColumn(name = "MERGE_ID"))
    @Column(name = "ENTRY_ID", nullable = false)
    private Set<Long> entryIds = new HashSet<>();

    @Column(name = "UNDONE_BY", length = 320)
    private String undoneBy;

    @Column(name = "UNDONE_AT")
    private Instant undoneAt;

    @Version
    private long version;

    protected CustomerMerge() {
    }

    /** Records a merge about to happen: call before the merged customer's tier and name reach the survivor. */
    CustomerMerge(Customer survivor, Customer merged, String by, Instant at) {
        this.survivorId = survivor.getId();
        this.mergedId = merged.getId();
        this.mergedName = merged.getDisplayName();
        this.mergedBy = by;
        this.mergedAt = at;
        this.survivorTierBefore = survivor.getTier();
        this.survivorNameBefore = survivor.getDisplayName();
    }

    /** What moved, and what the survivor looks like after the merge. */
    void moved(Customer survivor, List<Long> identities, List<Long> conversations, List<Long> entries, Long survivorEntry) {
        survivorTierAfter = survivor.getTier();
        survivorNameAfter = survivor.getDisplayName();
        identityIds.addAll(identities);
        conversationIds.addAll(conversations);
        entryIds.addAll(entries);
        survivorEntryId = survivorEntry;
    }

    /** Retention anonymized these customers: the record keeps none of their names. */
    public void forgetNamesOf(Set<Long> anonymized) {
        if (anonymized.contains(mergedId)) {
            mergedName = null;
        }
        if (anonymized.contains(survivorId)) {
            survivorNameBefore = null;
            survivorNameAfter = null;
        }
    }

    void undone(String by, Instant at) {
        if (isUndone()) {
            throw new ConflictException("Merge " + id + " was already undone by " + undoneBy + " at " + undoneAt);
        }
        undoneBy = by;
        undoneAt = at;
    }

    public boolean isUndone() {
        return undoneAt != null;
    }

    public Long getId() {
        return id;
    }

    public Long getSurvivorId() {
        return survivorId;
    }

    public Long getMergedId() {
        return mergedId;
    }

    public String getMergedName() {
        return mergedName;
    }

    public String getMergedBy() {
        return mergedBy;
    }

    public Instant getMergedAt() {
        return mergedAt;
    }

    public CustomerTier getSurvivorTierBefore() {
        return survivorTierBefore;
    }

    public CustomerTier getSurvivorTierAfter() {
        return survivorTierAfter;
    }

    public String getSurvivorNameBefore() {
        return survivorNameBefore;
    }

    public String getSurvivorNameAfter() {
        return survivorNameAfter;
    }

    public Long getSurvivorEntryId() {
        return survivorEntryId;
    }

    public Set<Long> getIdentityIds() {
        return Set.copyOf(identityIds);
    }

    public Set<Long> getConversationIds() {
        return Set.copyOf(conversationIds);
    }

    public Set<Long> getEntryIds() {
        return Set.copyOf(entryIds);
    }

    public String getUndoneBy() {
        return undoneBy;
    }

    public Instant getUndoneAt() {
        return undoneAt;
    }
}
