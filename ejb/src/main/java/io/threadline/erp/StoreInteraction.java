package io.threadline.erp;

import io.threadline.rules.JsonFields;
import io.threadline.shared.InvalidInputException;
import jakarta.json.JsonObject;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The data of {@code store.interaction}: a store's point of sale or clienteling app reports a visit, a purchase, a
 * return or an associate's note about a conversation at the counter. The customer is named by their ERP number, email
 * or phone (the first one given, in that order, identifies them).
 */
public record StoreInteraction(String storeId, String storeName, String associate, String customerNumber, String email,
                               String phone, Kind kind, String text, Money amount) {

    private static final Set<String> FIELDS = Set.of("storeId", "storeName", "associate", "customerNumber", "email",
            "phone", "kind", "text", "amount");
    private static final Set<String> AMOUNT = Set.of("amount", "currency");
    static final int MAX_TEXT = 4000;

    public enum Kind {
        VISIT("visited"), PURCHASE("bought"), RETURN("returned"), NOTE("talked to");

        private final String verb;

        Kind(String verb) {
            this.verb = verb;
        }

        public String verb() {
            return verb;
        }

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Kind parse(String field, String value) {
            return Arrays.stream(values()).filter(k -> k.wireName().equals(value)).findFirst()
                    .orElseThrow(() -> new InvalidInputException(field, "'" + value + "' is not a kind of store interaction (one of "
                            + Arrays.stream(values()).map(Kind::wireName).collect(Collectors.joining(", ")) + ")"));
        }
    }

    static StoreInteraction read(JsonObject data) {
        JsonFields fields = JsonFields.of(data, "data", FIELDS);
        Kind kind = Kind.parse("data.kind", fields.requiredString("kind"));
        String customerNumber = ErpText.optionalNumber(fields, "customerNumber");
        String email = ErpText.optional(fields, "email");
        String phone = ErpText.optional(fields, "phone");
        if (customerNumber == null && email == null && phone == null) {
            throw new InvalidInputException("data.customerNumber", "is required unless data.email or data.phone names the customer");
        }
        JsonFields amountFields = fields.optionalObject("amount", AMOUNT);
        Money amount = amountFields == null ? null : new Money(
                Money.nonNegative("data.amount.amount", amountFields.requiredDecimal("amount")),
                Money.currency("data.amount.currency", amountFields.requiredString("currency")));
        if (amount == null && (kind == Kind.PURCHASE || kind == Kind.RETURN)) {
            throw new InvalidInputException("data.amount", "is required for a " + kind.wireName() + " ({\"amount\", \"currency\"})");
        }
        String text = ErpText.limited(fields, "text", MAX_TEXT);
        if (text == null && kind == Kind.NOTE) {
            throw new InvalidInputException("data.text", "is required for a note");
        }
        return new StoreInteraction(ErpText.number(fields, "storeId"), ErpText.required(fields, "storeName"),
                ErpText.optional(fields, "associate"), customerNumber, email, phone, kind, text, amount);
    }

    /** The handle the customer is identified by: ERP number, else email, else phone. */
    public String handle() {
        return customerNumber != null ? customerNumber : email != null ? email : phone;
    }

    /** The entry's text: "Returned in the Milan store (Giulia): EUR 89.00 · The zip was broken". */
    public String describe() {
        StringBuilder line = new StringBuilder(kind == Kind.NOTE ? "Note from" : capitalized(kind.verb()) + " in")
                .append(" the ").append(storeName).append(" store");
        if (associate != null) {
            line.append(" (").append(associate).append(")");
        }
        if (amount != null) {
            line.append(": ").append(amount.display());
        }
        if (text != null) {
            line.append(amount != null ? " · " : ": ").append(text);
        }
        return line.toString();
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
