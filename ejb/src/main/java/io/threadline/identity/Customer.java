package io.threadline.identity;

import io.threadline.shared.ConflictException;
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
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * One person or organisation, however many channels they write from. A customer merged into another
 * keeps its row (so links to it can be followed and the merge audited) but owns nothing any more.
 */
@Entity
@Table(name = "CUSTOMER", indexes = @Index(name = "IX_CUSTOMER_NAME_KEY", columnList = "NAME_KEY"))
@NamedQuery(name = "Customer.count", query = "SELECT COUNT(c) FROM Customer c WHERE c.mergedInto IS NULL")
public class Customer {

    @Id
    @SequenceGenerator(name = "CustomerSeq", sequenceName = "CUSTOMER_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "CustomerSeq")
    private Long id;

    @Column(name = "DISPLAY_NAME", length = 200)
    private String displayName;

    /** The name as search and merge suggestions compare it ({@link NameKey}). */
    @Column(name = "NAME_KEY", length = 200)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "TIER", length = 20, nullable = false)
    private CustomerTier tier = CustomerTier.STANDARD;

    /** True once a supervisor chose the tier: a tier derived from the customer's value (ERP) no longer changes it. */
    @Column(name = "TIER_MANUAL")
    private Boolean tierManual;

    @Column(name = "MERGED_INTO")
    private Long mergedInto;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    /** When retention anonymized the customer, for good; null for a customer who is who they said they were. */
    @Column(name = "ANONYMIZED_AT")
    private Instant anonymizedAt;

    @Version
    private long version;

    protected Customer() {
    }

    public Customer(String displayName, Instant createdAt) {
        name(blankToNull(displayName));
        this.createdAt = createdAt;
    }

    /** A name learned later (a channel that tells it, an import) fills in a missing name, never overwrites one. */
    public void learnName(String name) {
        if (displayName == null) {
            name(blankToNull(name));
        }
    }

    public void markMergedInto(Customer survivor) {
        checkMergeableInto(survivor);
        mergedInto = survivor.id;
        if (tier == CustomerTier.VIP) {
            survivor.tier = CustomerTier.VIP;
        }
        survivor.learnName(displayName);
    }

    /** Refuses, with the reason, a merge of this customer into {@code survivor} that cannot be done. */
    public void checkMergeableInto(Customer survivor) {
        if (survivor.id.equals(id)) {
            throw new ConflictException("Customer " + id + " cannot be merged into itself");
        }
        if (isMerged()) {
            throw new ConflictException("Customer " + id + " was already merged into customer " + mergedInto);
        }
        if (survivor.isMerged()) {
            throw new ConflictException("Customer " + survivor.id + " was merged into customer "
                    + survivor.mergedInto + "; merge into that one instead");
        }
    }

    /**
     * Undoes {@link #markMergedInto}: this customer is active again, and the survivor gets back the tier and name it
     * had before the merge, unless someone changed them since.
     */
    void unmergeFrom(Customer survivor, CustomerMerge merge) {
        if (!survivor.id.equals(mergedInto)) {
            throw new ConflictException("Customer " + id + " is not merged into customer " + survivor.id);
        }
        mergedInto = null;
        if (survivor.tier == merge.getSurvivorTierAfter()) {
            survivor.tier = merge.getSurvivorTierBefore();
        }
        if (merge.getSurvivorNameBefore() == null && Objects.equals(survivor.displayName, merge.getSurvivorNameAfter())) {
            survivor.name(null);
        }
    }

    private void name(String name) {
        displayName = name;
        nameKey = NameKey.of(name);
    }

    /** Derives the search key from the name again (rows written before the key existed). */
    public void deriveNameKey() {
        nameKey = NameKey.of(displayName);
    }

    /**
     * Retention: the customer's name is replaced by one that says nothing but the id, which merge suggestions never
     * match. Their identities, texts and files go elsewhere ({@code io.threadline.retention}).
     */
    public void anonymize(Instant at) {
        name("Anonymized customer " + id);
        nameKey = null;
        anonymizedAt = at;
    }

    public boolean isAnonymized() {
        return anonymizedAt != null;
    }

    public Instant getAnonymizedAt() {
        return anonymizedAt;
    }

    public boolean isMerged() {
        return mergedInto != null;
    }

    /** A supervisor's choice, which wins over any derived tier from now on. */
    public void chooseTier(CustomerTier tier) {
        this.tier = tier;
        tierManual = true;
    }

    /**
     * The tier the customer's value earns them (lifetime value, segment); false, and nothing changes, when a
     * supervisor chose the tier or it is the same.
     */
    public boolean deriveTier(CustomerTier derived) {
        if (isTierManual() || tier == derived) {
            return false;
        }
        tier = derived;
        return true;
    }

    public boolean isTierManual() {
        return Boolean.TRUE.equals(tierManual);
    }

    public Long getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String label() {
        return displayName != null ? displayName : "Customer " + id;
    }

    public String getNameKey() {
        return nameKey;
    }

    public CustomerTier getTier() {
        return tier;
    }

    public Long getMergedInto() {
        return mergedInto;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
