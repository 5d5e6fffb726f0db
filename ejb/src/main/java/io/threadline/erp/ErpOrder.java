package io.threadline.erp;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * An order as the ERP last said it was. Its details ({@code order.upsert}) and its status (also {@code order.status})
 * each keep the stamp of the message that set them, so an older message never overwrites a newer one. An order whose
 * customer number no Threadline customer has yet waits ({@code onTimeline} false) and joins when the customer arrives;
 * an order only known by a status change has no details yet.
 */
@Entity
@Table(name = "ERP_ORDER",
        uniqueConstraints = @UniqueConstraint(name = "UQ_ERP_ORDER_NUMBER", columnNames = "ORDER_NUMBER"),
        indexes = {@Index(name = "IX_ERP_ORDER_CUSTOMER", columnList = "CUSTOMER_NUMBER, PLACED_AT"),
                @Index(name = "IX_ERP_ORDER_WAITING", columnList = "ON_TIMELINE, RECEIVED_AT")})
@NamedQuery(name = "ErpOrder.byNumber", query = "SELECT o FROM ErpOrder o WHERE o.orderNumber = :number")
@NamedQuery(name = "ErpOrder.byNumbers", query = "SELECT o FROM ErpOrder o WHERE o.orderNumber IN :numbers")
@NamedQuery(name = "ErpOrder.ofCustomerNumbers", query = "SELECT o FROM ErpOrder o WHERE o.customerNumber IN :numbers"
        + " ORDER BY o.placedAt DESC, o.id DESC")
@NamedQuery(name = "ErpOrder.waitingFor", query = "SELECT o FROM ErpOrder o WHERE o.customerNumber = :number"
        + " AND o.onTimeline = FALSE ORDER BY o.placedAt, o.id")
@NamedQuery(name = "ErpOrder.waitingSince", query = "SELECT o FROM ErpOrder o WHERE o.onTimeline = FALSE"
        + " AND o.receivedAt < :before ORDER BY o.receivedAt, o.id")
@NamedQuery(name = "ErpOrder.valueOf", query = "SELECT o.currency, SUM(o.total), COUNT(o) FROM ErpOrder o"
        + " WHERE o.customerNumber IN :numbers AND o.status NOT IN :excluded AND o.total IS NOT NULL GROUP BY o.currency")
public class ErpOrder {

    @Id
    @SequenceGenerator(name = "ErpOrderSeq", sequenceName = "ERP_ORDER_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ErpOrderSeq")
    private Long id;

    @Column(name = "ORDER_NUMBER", length = 64, nullable = false)
    private String orderNumber;

    @Column(name = "CUSTOMER_NUMBER", length = 64)
    private String customerNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 20, nullable = false)
    private OrderStatus status;

    @Column(name = "PLACED_AT")
    private Instant placedAt;

    @Column(name = "SHIPPED_AT")
    private Instant shippedAt;

    @Column(name = "DELIVERED_AT")
    private Instant deliveredAt;

    @Column(name = "CURRENCY", length = 3)
    private String currency;

    @Column(name = "TOTAL", precision = 19, scale = 4)
    private BigDecimal total;

    @ElementCollection
    @CollectionTable(name = "ERP_ORDER_LINE", joinColumns = @JoinColumn(name = "ORDER_ID"))
    @OrderColumn(name = "POSITION")
    private List<OrderLine> lines = new ArrayList<>();

    @Embedded
    @AttributeOverrides({@AttributeOverride(name = "occurredAt", column = @Column(name = "DETAILS_AT")),
            @AttributeOverride(name = "version", column = @Column(name = "DETAILS_VERSION"))})
    private SourceStamp detailsStamp;

    @Embedded
    @AttributeOverrides({@AttributeOverride(name = "occurredAt", column = @Column(name = "STATUS_AT")),
            @AttributeOverride(name = "version", column = @Column(name = "STATUS_VERSION"))})
    private SourceStamp statusStamp;

    @Column(name = "ON_TIMELINE", nullable = false)
    private boolean onTimeline;

    @Column(name = "RECEIVED_AT", nullable = false)
    private Instant receivedAt;

    @Version
    private long version;

    protected ErpOrder() {
    }

    public ErpOrder(String orderNumber, OrderStatus status, Instant receivedAt) {
        this.orderNumber = orderNumber;
        this.status = status;
        this.receivedAt = receivedAt;
    }

    /** Takes the order's newer details; false when {@code stamp} is older than the details stored. */
    boolean update(OrderRecord record, SourceStamp stamp) {
        if (stamp.isOlderThan(detailsStamp)) {
            return false;
        }
        customerNumber = record.customerNumber();
        placedAt = record.placedAt();
        shippedAt = record.shippedAt();
        deliveredAt = record.deliveredAt();
        currency = record.currency().getCurrencyCode();
        total = record.total();
        lines.clear();
        lines.addAll(record.lines());
        detailsStamp = stamp;
        changeStatus(record.status(), stamp);
        return true;
    }

    /** Takes a newer status; false when {@code stamp} is older than the status stored. */
    boolean changeStatus(OrderStatus newStatus, SourceStamp stamp) {
        if (stamp.isOlderThan(statusStamp)) {
            return false;
        }
        status = newStatus;
        statusStamp = stamp;
        return true;
    }

    void placeOnTimeline() {
        onTimeline = true;
    }

    public Money totalMoney() {
        return total == null ? null : new Money(total, Currency.getInstance(currency));
    }

    public int itemCount() {
        return lines.stream().mapToInt(OrderLine::getQuantity).sum();
    }

    public Long getId() {
        return id;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public String getCustomerNumber() {
        return customerNumber;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public Instant getShippedAt() {
        return shippedAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public String getCurrency() {
        return currency;
    }

    public List<OrderLine> getLines() {
        return lines;
    }

    public boolean isOnTimeline() {
        return onTimeline;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
