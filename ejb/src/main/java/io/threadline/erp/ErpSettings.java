package io.threadline.erp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/** The ERP settings ({@code crm.erp.*}, docs/erp-integration.md), read once. */
@ApplicationScoped
public class ErpSettings {

    @Inject
    @ConfigProperty(name = "crm.erp.reporting-currency", defaultValue = "EUR")
    String reportingCurrency;

    @Inject
    @ConfigProperty(name = "crm.erp.vip.lifetime-value", defaultValue = "5000")
    String vipLifetimeValue;

    @Inject
    @ConfigProperty(name = "crm.erp.vip.segments", defaultValue = "VIP")
    String vipSegments;

    @Inject
    @ConfigProperty(name = "crm.erp.currency-rates")
    Optional<String> currencyRates;

    @Inject
    @ConfigProperty(name = "crm.erp.order-number-pattern", defaultValue = "\\b(?:SO|ORD)-\\d{4,10}\\b")
    String orderNumberPattern;

    @Inject
    @ConfigProperty(name = "crm.erp.waiting-report-after", defaultValue = "PT1H")
    Duration waitingReportAfter;

    private ValueRule valueRule;
    private Pattern orderNumbers;

    public synchronized ValueRule valueRule() {
        if (valueRule == null) {
            valueRule = ValueRule.parse(reportingCurrency, vipLifetimeValue, vipSegments, currencyRates.orElse(null));
        }
        return valueRule;
    }

    /** What an order number looks like in a customer's text; matched without regard to case. */
    public synchronized Pattern orderNumbers() {
        if (orderNumbers == null) {
            orderNumbers = Pattern.compile(orderNumberPattern, Pattern.CASE_INSENSITIVE);
        }
        return orderNumbers;
    }

    /**
     * The ERP's REST lookup of a customer's recent orders, {@code {customerNumber}} in it; empty: no lookup. Read at
     * each use, like the token and refresh interval, so that an admin can point it elsewhere or switch it off without
     * a restart.
     */
    public Optional<String> lookupUrl() {
        return ConfigProvider.getConfig().getOptionalValue("crm.erp.lookup.url", String.class).filter(url -> !url.isBlank());
    }

    public Optional<String> lookupToken() {
        return ConfigProvider.getConfig().getOptionalValue("crm.erp.lookup.token", String.class).filter(t -> !t.isBlank());
    }

    public Duration lookupRefreshAfter() {
        return ConfigProvider.getConfig().getOptionalValue("crm.erp.lookup.refresh-after", Duration.class)
                .orElse(Duration.ofMinutes(5));
    }

    /** How long an order may wait for its customer before it is reported. */
    public Duration waitingReportAfter() {
        return waitingReportAfter;
    }
}
