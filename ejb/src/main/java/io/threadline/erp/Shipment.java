package io.threadline.erp;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

import java.time.Instant;

/** A parcel of an order, by carrier and tracking number, as the carrier last reported it through the ERP. */
@Entity
@Table(name = "ERP_SHIPMENT",
        uniqueConstraints = @UniqueConstraint(name = "UQ_ERP_SHIPMENT", columnNames = {"CARRIER", "TRACKING_NUMBER"}),
        indexes = @Index(name = "IX_ERP_SHIPMENT_ORDER", columnList = "ORDER_NUMBER"))
@NamedQuery(name = "Shipment.find", query = "SELECT s FROM Shipment s WHERE s.carrier = :carrier"
        + " AND s.trackingNumber = :trackingNumber")
@NamedQuery(name = "Shipment.ofOrders", query = "SELECT s FROM Shipment s WHERE s.orderNumber IN :numbers ORDER BY s.id")
public class Shipment {

    @Id
    @SequenceGenerator(name = "ShipmentSeq", sequenceName = "ERP_SHIPMENT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ShipmentSeq")
    private Long id;

    @Column(name = "ORDER_NUMBER", length = 64, nullable = false)
    private String orderNumber;

    @Column(name = "CARRIER", length = 200, nullable = false)
    private String carrier;

    @Column(name = "TRACKING_NUMBER", length = 64, nullable = false)
    private String trackingNumber;

    @Column(name = "TRACKING_URL", length = 2000)
    private String trackingUrl;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 20, nullable = false)
    private ShipmentStatus status;

    @Column(name = "ESTIMATED_DELIVERY")
    private Instant estimatedDelivery;

    @Embedded
    private SourceStamp stamp;

    @Version
    private long version;

    protected Shipment() {
    }

    public Shipment(String carrier, String trackingNumber) {
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
    }

    /** Takes the carrier's newer report; false when {@code stamp} is older than the one stored. */
    boolean update(ShipmentRecord record, SourceStamp stamp) {
        if (stamp.isOlderThan(this.stamp)) {
            return false;
        }
        orderNumber = record.orderNumber();
        trackingUrl = record.trackingUrl();
        status = record.status();
        estimatedDelivery = record.estimatedDelivery();
        this.stamp = stamp;
        return true;
    }

    /** "DHL 00340434161094042557: in transit". */
    public String describe() {
        return carrier + " " + trackingNumber + ": " + status.words();
    }

    public SourceStamp getStamp() {
        return stamp;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public String getCarrier() {
        return carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getTrackingUrl() {
        return trackingUrl;
    }

    public ShipmentStatus getStatus() {
        return status;
    }

    public Instant getEstimatedDelivery() {
        return estimatedDelivery;
    }
}
