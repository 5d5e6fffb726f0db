package io.threadline.erp;

import io.threadline.shared.InvalidInputException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** An amount in one currency; sums of different currencies are never added up without a rate. */
public record Money(BigDecimal amount, Currency currency) {

    /** An ISO 4217 currency code; 400 naming {@code field} for anything else. */
    public static Currency currency(String field, String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw new InvalidInputException(field, "'" + code + "' is not an ISO 4217 currency code (three capital letters, e.g. EUR)");
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "'" + code + "' is not a known ISO 4217 currency");
        }
    }

    /** A price or total: not negative, at most four decimals. */
    public static BigDecimal nonNegative(String field, BigDecimal amount) {
        if (amount.signum() < 0) {
            throw new InvalidInputException(field, "must not be negative (was " + amount.toPlainString() + ")");
        }
        if (amount.stripTrailingZeros().scale() > 4) {
            throw new InvalidInputException(field, "has more than four decimals (" + amount.toPlainString() + ")");
        }
        return amount;
    }

    /** The amount as the API writes it: a string with the currency's decimals ({@code "1234.50"}). */
    public String plain() {
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        return amount.setScale(Math.max(digits, amount.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY).toPlainString();
    }

    /** As people read it: {@code EUR 1,234.50}. */
    public String display() {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(Math.max(digits, 4));
        return currency.getCurrencyCode() + " " + format.format(amount);
    }
}
