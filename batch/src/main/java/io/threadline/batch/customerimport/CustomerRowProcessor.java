package io.threadline.batch.customerimport;

import io.threadline.batch.csv.CsvRow;
import io.threadline.batch.csv.InvalidRowException;
import io.threadline.identity.IdentityKey;
import io.threadline.identity.IdentityNormalizer;
import io.threadline.identity.ImportedCustomer;
import io.threadline.shared.InvalidInputException;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a row into a customer with normalized identities. Cells may hold several values separated by
 * ';'. A row with a malformed email or phone, a name that is too long, or no identity at all is invalid.
 */
@Named
@Dependent
public class CustomerRowProcessor implements ItemProcessor {

    static final int MAX_NAME = 200;

    @Inject
    ImportParameters parameters;

    @Inject
    IdentityNormalizer normalizer;

    @Override
    public Object processItem(Object item) throws InvalidRowException {
        CsvRow row = (CsvRow) item;
        ColumnMapping columns = parameters.columns();
        List<IdentityKey> identities = new ArrayList<>();
        try {
            for (String column : columns.emails()) {
                for (String value : values(row, column)) {
                    identities.add(normalizer.email(value, column));
                }
            }
            for (String column : columns.phones()) {
                for (String value : values(row, column)) {
                    identities.add(normalizer.phone(value, column));
                }
            }
            if (columns.customerNumber() != null) {
                for (String value : values(row, columns.customerNumber())) {
                    identities.add(normalizer.erpCustomerNumber(value, columns.customerNumber()));
                }
            }
        } catch (InvalidInputException e) {
            throw new InvalidRowException(e.getMessage());
        }
        if (identities.isEmpty()) {
            throw new InvalidRowException("no email, phone or customer number");
        }
        String name = columns.name() == null ? null : row.values().get(columns.name());
        if (name != null && name.length() > MAX_NAME) {
            throw new InvalidRowException(columns.name() + ": longer than " + MAX_NAME + " characters");
        }
        return new ImportedCustomer(name, identities.stream().distinct().toList(), parameters.source(), row.line());
    }

    private static List<String> values(CsvRow row, String column) {
        String cell = row.values().get(column);
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return List.of(cell.split(";")).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
