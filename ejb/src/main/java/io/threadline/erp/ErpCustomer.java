package io.threadline.erp;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * The ERP's record of one customer, by ERP customer number. The number is also an ERP identity of a Threadline
 * customer, which is how orders find their customer (and follow them through merges and undos). Every message about
 * a number locks its row first (then the customer, then the order), so messages of one customer never deadlock and an
 * order and its customer arriving at once always meet. The row exists before the record arrives.
 */
@Entity
@Table(name = "ERP_CUSTOMER")
public class ErpCustomer {

    @Id
    @Column(name = "CUSTOMER_NUMBER", length = 64)
    private String customerNumber;

    @Column(name = "FIRST_NAME", length = 200)
    private String firstName;

    @Column(name = "LAST_NAME", length = 200)
    private String lastName;

    @Column(name = "COMPANY_NAME", length = 200)
    private String companyName;

    @Column(name = "SEGMENT", length = 200)
    private String segment;

    @Column(name = "ADDRESS", length = 1200)
    private String address;

    @Embedded
    @AttributeOverrides({@AttributeOverride(name = "occurredAt", column = @Column(name = "SOURCE_AT")),
            @AttributeOverride(name = "version", column = @Column(name = "SOURCE_VERSION"))})
    private SourceStamp stamp;

    /** When the ERP's record last changed here; null while the number is only known from orders (no record yet). */
    @Column(name = "UPDATED_AT")
    private Instant updatedAt;

    @Version
    private long version;

    protected ErpCustomer() {
    }

    public ErpCustomer(String customerNumber) {
        this.customerNumber = customerNumber;
    }

    /** Takes the ERP's newer record; false (and nothing changed) when {@code stamp} is older than what is stored. */
    boolean update(CustomerRecord record, SourceStamp stamp, Instant now) {
        if (stamp.isOlderThan(this.stamp)) {
            return false;
        }
        firstName = record.firstName();
        lastName = record.lastName();
        companyName = record.companyName();
        segment = record.segment();
        address = record.address() == null ? null : record.address().oneLine();
        this.stamp = stamp;
        updatedAt = now;
        return true;
    }

    /** The record under another number, without what names the person (names, company, address). */
    ErpCustomer renumberedAs(String number) {
        ErpCustomer renumbered = new ErpCustomer(number);
        renumbered.segment = segment;
        renumbered.stamp = stamp;
        renumbered.updatedAt = updatedAt;
        return renumbered;
    }

    /** True once the ERP's record of the customer arrived. */
    public boolean isReceived() {
        return updatedAt != null;
    }

    public String getCustomerNumber() {
        return customerNumber;
    }

    public String getSegment() {
        return segment;
    }

    public String getAddress() {
        return address;
    }
}
