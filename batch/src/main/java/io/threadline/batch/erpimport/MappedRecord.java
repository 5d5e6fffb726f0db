package io.threadline.batch.erpimport;

import io.threadline.erp.ErpMessage;
import io.threadline.shared.InvalidInputException;

import java.util.Map;

/** The message a record's rows make, and the cell each of its data fields came from. */
record MappedRecord(ErpMessage message, Map<String, String> cells) {

    /** Why the ERP refuses the message, naming the column ({@code qty on line 7: must be ...}) rather than the field. */
    String reason(InvalidInputException refusal) {
        String field = refusal.field();
        return cells.getOrDefault(field, field.startsWith("data.") ? field.substring("data.".length()) : field)
                + ": " + refusal.reason();
    }
}
