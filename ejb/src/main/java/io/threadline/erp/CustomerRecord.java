package io.threadline.erp;

import io.threadline.rules.JsonFields;
import jakarta.json.JsonObject;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The data of {@code customer.upsert}: the ERP's record of a customer. */
public record CustomerRecord(String customerNumber, String firstName, String lastName, String companyName,
                             List<String> emails, List<String> phones, Address address, String segment) {

    private static final Set<String> FIELDS = Set.of("customerNumber", "firstName", "lastName", "companyName",
            "emails", "phones", "address", "segment");
    private static final Set<String> ADDRESS = Set.of("line1", "line2", "postalCode", "city", "region", "country");
    static final int MAX_TEXT = 200;

    /** A postal address; {@code country} is ISO 3166-1 alpha-2. */
    public record Address(String line1, String line2, String postalCode, String city, String region, String country) {

        public String oneLine() {
            return Stream.of(line1, line2, Stream.of(postalCode, city).filter(s -> s != null).collect(Collectors.joining(" ")),
                            region, country)
                    .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", "));
        }
    }

    static CustomerRecord read(JsonObject data) {
        JsonFields fields = JsonFields.of(data, "data", FIELDS);
        JsonFields address = fields.optionalObject("address", ADDRESS);
        return new CustomerRecord(ErpText.number(fields, "customerNumber"), ErpText.optional(fields, "firstName"),
                ErpText.optional(fields, "lastName"), ErpText.optional(fields, "companyName"),
                fields.strings("emails"), fields.strings("phones"),
                address == null ? null : new Address(ErpText.optional(address, "line1"), ErpText.optional(address, "line2"),
                        ErpText.optional(address, "postalCode"), ErpText.optional(address, "city"),
                        ErpText.optional(address, "region"), ErpText.country(address, "country")),
                ErpText.optional(fields, "segment"));
    }

    /** The person's name, else the company's. */
    public String displayName() {
        String person = Stream.of(firstName, lastName).filter(s -> s != null).collect(Collectors.joining(" "));
        return person.isEmpty() ? companyName : person;
    }
}
