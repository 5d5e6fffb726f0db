package io.threadline.erp;

import io.threadline.identity.CustomerTier;
import io.threadline.shared.InvalidInputException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a customer's value earns a tier, and how amounts in other currencies count: the VIP threshold of lifetime value
 * (in the reporting currency; null: value never makes a VIP), the segments that make a VIP, and the rates from other
 * currencies into the reporting currency. Without a rate a currency's sum is kept apart and does not count.
 */
public record ValueRule(Currency reportingCurrency, BigDecimal vipLifetimeValue, Set<String> vipSegments,
                        Map<Currency, BigDecimal> rates) {

    /** A verdict with its reason for the timeline. */
    public record Verdict(CustomerTier tier, String reason) {
    }

    /** Reads the settings as written in configuration; {@code rates}: {@code USD=0.92,GBP=1.17}. */
    public static ValueRule parse(String reportingCurrency, String vipLifetimeValue, String vipSegments, String rates) {
        Currency reporting = Money.currency("crm.erp.reporting-currency", reportingCurrency.trim());
        BigDecimal threshold = vipLifetimeValue == null || vipLifetimeValue.isBlank() || vipLifetimeValue.trim().equals("off")
                ? null : decimal("crm.erp.vip.lifetime-value", vipLifetimeValue);
        Set<String> segments = vipSegments == null ? Set.of() : java.util.Arrays.stream(vipSegments.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Map<Currency, BigDecimal> parsed = new LinkedHashMap<>();
        if (rates != null && !rates.isBlank()) {
            for (String pair : rates.split(",")) {
                String[] parts = pair.trim().split("=");
                if (parts.length != 2) {
                    throw new InvalidInputException("crm.erp.currency-rates", "'" + pair.trim() + "' is not CUR=rate (e.g. USD=0.92)");
                }
                parsed.put(Money.currency("crm.erp.currency-rates", parts[0].trim()), decimal("crm.erp.currency-rates", parts[1]));
            }
        }
        return new ValueRule(reporting, threshold, segments, Map.copyOf(parsed));
    }

    private static BigDecimal decimal(String key, String text) {
        try {
            BigDecimal value = new BigDecimal(text.trim());
            if (value.signum() <= 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(key, "'" + text.trim() + "' is not a positive decimal number");
        }
    }

    /**
     * The lifetime value as one amount: the only currency's sum, or every sum converted into the reporting currency;
     * null when a currency without a rate is among them (its sums stay apart).
     */
    public Money total(List<Money> sums) {
        if (sums.isEmpty()) {
            return null;
        }
        if (sums.size() == 1) {
            return sums.get(0);
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Money sum : sums) {
            BigDecimal converted = inReportingCurrency(sum);
            if (converted == null) {
                return null;
            }
            total = total.add(converted);
        }
        return new Money(total, reportingCurrency);
    }

    /** The tier the value and segment earn. */
    public Verdict judge(List<Money> sums, String segment) {
        if (segment != null && vipSegments.contains(segment.toLowerCase(Locale.ROOT))) {
            return new Verdict(CustomerTier.VIP, "segment " + segment);
        }
        if (vipLifetimeValue == null) {
            return new Verdict(CustomerTier.STANDARD, "segment " + (segment == null ? "none" : segment));
        }
        BigDecimal counted = BigDecimal.ZERO;
        List<String> apart = new ArrayList<>();
        for (Money sum : sums) {
            BigDecimal converted = inReportingCurrency(sum);
            if (converted == null) {
                apart.add(sum.display());
            } else {
                counted = counted.add(converted);
            }
        }
        Money value = new Money(counted, reportingCurrency);
        Money threshold = new Money(vipLifetimeValue, reportingCurrency);
        String unconverted = apart.isEmpty() ? "" : " (not counted without a rate: " + String.join(", ", apart) + ")";
        return counted.compareTo(vipLifetimeValue) >= 0
                ? new Verdict(CustomerTier.VIP, "lifetime value " + value.display() + " reached " + threshold.display() + unconverted)
                : new Verdict(CustomerTier.STANDARD, "lifetime value " + value.display() + " is below " + threshold.display() + unconverted);
    }

    private BigDecimal inReportingCurrency(Money sum) {
        if (sum.currency().equals(reportingCurrency)) {
            return sum.amount();
        }
        BigDecimal rate = rates.get(sum.currency());
        return rate == null ? null : sum.amount().multiply(rate);
    }
}
