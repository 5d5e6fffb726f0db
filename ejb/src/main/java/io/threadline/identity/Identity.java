package io.threadline.identity;

import jakarta.persistence.Column;
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
import jakarta.persistence.UniqueConstraint;

import java.time.Instant;

/**
 * A way to reach a customer: (type, value) is unique in the database, which is what settles two
 * first messages from the same new sender racing in two transactions.
 */
@Entity
@Table(name = "CUSTOMER_IDENTITY",
        uniqueConstraints = @UniqueConstraint(name = "UQ_CUSTOMER_IDENTITY", columnNames = {"ID_TYPE", "ID_VALUE"}),
        indexes = {
                @Index(name = "IX_IDENTITY_VALUE", columnList = "ID_VALUE"),
                @Index(name = "IX_IDENTITY_CUSTOMER", columnList = "CUSTOMER_ID"),
                @Index(name = "IX_IDENTITY_MATCH_KEY", columnList = "MATCH_KEY")})
@NamedQuery(name = "Identity.find", query = "SELECT i FROM Identity i JOIN FETCH i.customer WHERE i.type = :type AND i.value = :value")
@NamedQuery(name = "Identity.withValues", query = "SELECT i FROM Identity i JOIN FETCH i.customer WHERE i.value IN :values")
@NamedQuery(name = "Identity.ofCustomer", query = "SELECT i FROM Identity i WHERE i.customer.id = :customerId ORDER BY i.firstSeenAt, i.id")
@NamedQuery(name = "Identity.idsOfCustomer", query = "SELECT i.id FROM Identity i WHERE i.customer = :customer")
@NamedQuery(name = "Identity.moveBack", query = "UPDATE Identity i SET i.customer = :to WHERE i.customer = :from AND i.id IN"
        + " (SELECT x FROM CustomerMerge m JOIN m.identityIds x WHERE m.id = :mergeId)")
public class Identity {

    @Id
    @SequenceGenerator(name = "IdentitySeq", sequenceName = "IDENTITY_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "IdentitySeq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "ID_TYPE", length = 20, nullable = false)
    private IdentityType type;

    @Column(name = "ID_VALUE", length = 320, nullable = false)
    private String value;

    /** The value as duplicates are looked up by ({@link MatchKey}); null for types compared by value only. */
    @Column(name = "MATCH_KEY", length = 320)
    private String matchKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "CUSTOMER_ID", nullable = false)
    private Customer customer;

    /** Where Threadline learned this identity: a channel name or a system such as an import. */
    @Column(name = "SOURCE", length = 100, nullable = false)
    private String source;

    @Column(name = "FIRST_SEEN_AT", nullable = false)
    private Instant firstSeenAt;

    protected Identity() {
    }

    public Identity(IdentityKey key, Customer customer, String source, Instant firstSeenAt) {
        this.type = key.type();
        this.value = key.value();
        this.matchKey = MatchKey.of(type, value);
        this.customer = customer;
        this.source = source;
        this.firstSeenAt = firstSeenAt;
    }

    /**
     * Retention: the value becomes one that names no one ({@code anonymized-<id>}), for an identity whose row must
     * stay (an ERP number that orders are filed under).
     */
    public String pseudonymize() {
        value = "anonymized-" + id;
        matchKey = null;
        return value;
    }

    /** Gives an identity stored before match keys existed its key; true when it had none. */
    boolean fillMatchKey() {
        String key = MatchKey.of(type, value);
        if (key == null || key.equals(matchKey)) {
            return false;
        }
        matchKey = key;
        return true;
    }

    public String getMatchKey() {
        return matchKey;
    }

    public void moveTo(Customer survivor) {
        this.customer = survivor;
    }

    public Long getId() {
        return id;
    }

    public IdentityKey key() {
        return new IdentityKey(type, value);
    }

    public IdentityType getType() {
        return type;
    }

    public String getValue() {
        return value;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getSource() {
        return source;
    }

    public Instant getFirstSeenAt() {
        return firstSeenAt;
    }
}
