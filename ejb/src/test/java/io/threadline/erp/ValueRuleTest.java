package io.threadline.erp;

import io.threadline.identity.CustomerTier;
import io.threadline.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ValueRuleTest {

    private final ValueRule rule = ValueRule.parse("EUR", "5000", "VIP, Gold", null);

    @Test
    void aSegmentOrEnoughValueMakesAVip() {
        assertEquals(new ValueRule.Verdict(CustomerTier.VIP, "segment gold"), rule.judge(List.of(), "gold"));
        assertEquals(new ValueRule.Verdict(CustomerTier.VIP, "lifetime value EUR 5,000.00 reached EUR 5,000.00"),
                rule.judge(List.of(money("5000", "EUR")), "Silver"));
        assertEquals(new ValueRule.Verdict(CustomerTier.STANDARD, "lifetime value EUR 4,999.99 is below EUR 5,000.00"),
                rule.judge(List.of(money("4999.99", "EUR")), null));
    }

    @Test
    void currenciesWithoutARateStayApartAndDoNotCount() {
        List<Money> sums = List.of(money("4000", "EUR"), money("2000", "USD"));
        assertNull(rule.total(sums));
        assertEquals(CustomerTier.STANDARD, rule.judge(sums, null).tier());
        assertEquals("lifetime value EUR 4,000.00 is below EUR 5,000.00 (not counted without a rate: USD 2,000.00)",
                rule.judge(sums, null).reason());

        ValueRule withRates = ValueRule.parse("EUR", "5000", "", "USD=0.9, GBP=1.2");
        assertEquals("EUR 5,800.00", withRates.total(sums).display());
        assertEquals(CustomerTier.VIP, withRates.judge(sums, null).tier());
        assertEquals(money("2000", "USD"), withRates.total(List.of(money("2000", "USD"))), "one currency is its own sum");
    }

    @Test
    void offMeansValueNeverMakesAVipAndBadSettingsAreNamed() {
        assertEquals(CustomerTier.STANDARD, ValueRule.parse("EUR", "off", "", null).judge(List.of(money("1e9", "EUR")), null).tier());
        assertEquals("crm.erp.currency-rates: 'USD:0.9' is not CUR=rate (e.g. USD=0.92)",
                assertThrows(InvalidInputException.class, () -> ValueRule.parse("EUR", "1", "", "USD:0.9")).getMessage());
        assertEquals("crm.erp.vip.lifetime-value: 'lots' is not a positive decimal number",
                assertThrows(InvalidInputException.class, () -> ValueRule.parse("EUR", "lots", "", null)).getMessage());
    }

    private static Money money(String amount, String currency) {
        return new Money(new java.math.BigDecimal(amount), java.util.Currency.getInstance(currency));
    }
}
