package io.threadline.batch.erpimport;

import io.threadline.erp.ErpMessageType;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** What one file holds (job parameter recordType), and the fields its columns can map. */
enum RecordType {
    CUSTOMERS("customers", ErpMessageType.CUSTOMER_UPSERT, "customerNumber",
            List.of("customerNumber", "updatedAt"),
            List.of("version", "firstName", "lastName", "companyName", "emails", "phones", "segment",
                    "addressLine1", "addressLine2", "postalCode", "city", "region", "country")),
    ORDERS("orders", ErpMessageType.ORDER_UPSERT, "orderNumber",
            List.of("orderNumber", "customerNumber", "status", "placedAt", "currency", "total", "updatedAt"),
            List.of("version", "shippedAt", "deliveredAt", "sku", "itemName", "quantity", "price"));

    private final String parameterValue;
    private final ErpMessageType messageType;
    private final String numberField;
    private final List<String> required;
    private final List<String> optional;

    RecordType(String parameterValue, ErpMessageType messageType, String numberField, List<String> required,
               List<String> optional) {
        this.parameterValue = parameterValue;
        this.messageType = messageType;
        this.numberField = numberField;
        this.required = required;
        this.optional = optional;
    }

    static RecordType of(String parameter) {
        return Arrays.stream(values()).filter(type -> type.parameterValue.equals(parameter)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(parameter == null
                        ? "Job parameter recordType is required: customers or orders"
                        : "Job parameter recordType: '" + parameter + "' is not customers or orders"));
    }

    ErpMessageType messageType() {
        return messageType;
    }

    /** The field whose value, with the record's stamp, identifies the record's message. */
    String numberField() {
        return numberField;
    }

    List<String> required() {
        return required;
    }

    List<String> fields() {
        return Stream.concat(required.stream(), optional.stream()).toList();
    }

    /** Emails and phones: several columns may hold them, and a cell several values separated by ';'. */
    boolean isMultiValued(String field) {
        return field.equals("emails") || field.equals("phones");
    }

    @Override
    public String toString() {
        return parameterValue;
    }
}
