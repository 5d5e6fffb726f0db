package io.threadline.erp;

import io.threadline.rules.JsonFields;
import io.threadline.shared.InvalidInputException;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.util.Set;

/** One line of an order: what, how many, at what unit price (in the order's currency). */
@Embeddable
public class OrderLine {

    private static final Set<String> FIELDS = Set.of("sku", "name", "quantity", "price");

    @Column(name = "SKU", length = 64)
    private String sku;

    @Column(name = "NAME", length = 200)
    private String name;

    @Column(name = "QUANTITY", nullable = false)
    private int quantity;

    @Column(name = "UNIT_PRICE", precision = 19, scale = 4, nullable = false)
    private BigDecimal unitPrice;

    protected OrderLine() {
    }

    public OrderLine(String sku, String name, int quantity, BigDecimal unitPrice) {
        this.sku = sku;
        this.name = name;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
    }

    static OrderLine read(JsonValue value, String path) {
        JsonFields fields = JsonFields.of(value, path, FIELDS);
        String sku = ErpText.number(fields, "sku");
        String name = ErpText.optional(fields, "name");
        BigDecimal quantity = fields.requiredDecimal("quantity");
        if (quantity.signum() <= 0 || quantity.stripTrailingZeros().scale() > 0 || quantity.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            throw new InvalidInputException(fields.path("quantity"), "must be a whole number from 1 to 1000000 (was "
                    + quantity.toPlainString() + ")");
        }
        return new OrderLine(sku, name, quantity.intValueExact(), Money.nonNegative(fields.path("price"), fields.requiredDecimal("price")));
    }

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }
}
