package io.threadline.assist.purchases;

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

/** An association of the latest mining run, with the products' names as the orders last gave them. */
@Entity
@Table(name = "PURCHASE_ASSOCIATION", indexes = @Index(name = "IX_PURCHASE_ASSOCIATION_PRODUCT", columnList = "PRODUCT_SKU"))
@NamedQuery(name = "StoredAssociation.from", query = "SELECT a FROM StoredAssociation a WHERE a.productSku IN :bought"
        + " ORDER BY a.lift DESC, a.confidence DESC, a.productSku, a.thenSku")
@NamedQuery(name = "StoredAssociation.deleteAll", query = "DELETE FROM StoredAssociation a")
public class StoredAssociation {

    @Id
    @SequenceGenerator(name = "PurchaseAssociationSeq", sequenceName = "PURCHASE_ASSOCIATION_SEQ", allocationSize = 100)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PurchaseAssociationSeq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 16, nullable = false)
    private Association.Kind kind;

    @Column(name = "PRODUCT_SKU", length = 64, nullable = false)
    private String productSku;

    @Column(name = "PRODUCT_NAME", length = 200)
    private String productName;

    @Column(name = "THEN_SKU", length = 64, nullable = false)
    private String thenSku;

    @Column(name = "THEN_NAME", length = 200)
    private String thenName;

    @Column(name = "TOGETHER", nullable = false)
    private int together;

    @Column(name = "BASE", nullable = false)
    private int base;

    @Column(name = "CONFIDENCE", nullable = false)
    private double confidence;

    @Column(name = "LIFT", nullable = false)
    private double lift;

    @Column(name = "COMPUTED_AT", nullable = false)
    private Instant computedAt;

    protected StoredAssociation() {
    }

    StoredAssociation(Association a, String productName, String thenName, Instant computedAt) {
        this.kind = a.kind();
        this.productSku = a.product();
        this.productName = productName;
        this.thenSku = a.then();
        this.thenName = thenName;
        this.together = a.together();
        this.base = a.base();
        this.confidence = a.confidence();
        this.lift = a.lift();
        this.computedAt = computedAt;
    }

    Association association() {
        return new Association(kind, productSku, thenSku, together, base, confidence, lift);
    }

    String getProductName() {
        return productName;
    }

    String getThenName() {
        return thenName;
    }

    String getProductSku() {
        return productSku;
    }

    String getThenSku() {
        return thenSku;
    }
}
