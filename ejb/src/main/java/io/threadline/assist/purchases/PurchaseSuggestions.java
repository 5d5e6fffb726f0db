package io.threadline.assist.purchases;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The few associations that suit one customer: those from a product they bought to one they have not bought, one per
 * product suggested, strongest first (the order {@link AssociationMiner#mine} gives).
 */
public final class PurchaseSuggestions {

    public static final int MAX = 3;

    private PurchaseSuggestions() {
    }

    /** {@code names}: products' names by SKU (a SKU without one is named by itself). */
    public static List<PurchaseSuggestion> forCustomer(Set<String> bought, List<Association> strongestFirst,
                                                       Map<String, String> names, Duration window) {
        List<PurchaseSuggestion> suggestions = new ArrayList<>();
        Set<String> suggested = new HashSet<>();
        for (Association association : strongestFirst) {
            if (suggestions.size() == MAX) {
                break;
            }
            if (bought.contains(association.product()) && !bought.contains(association.then())
                    && suggested.add(association.then())) {
                suggestions.add(new PurchaseSuggestion(association.then(), name(names, association.then()),
                        reason(association, names, window)));
            }
        }
        return suggestions;
    }

    /** E.g. "bought the Alpine jacket; 38% of Alpine jacket buyers buy the Merino gloves within 30 days". */
    static String reason(Association a, Map<String, String> names, Duration window) {
        String product = name(names, a.product());
        String then = name(names, a.then());
        String share = Math.round(a.confidence() * 100) + "%";
        return switch (a.kind()) {
            case NEXT_PURCHASE -> String.format(Locale.ROOT, "bought the %s; %s of %s buyers buy the %s within %d days",
                    product, share, product, then, window.toDays());
            case BOUGHT_TOGETHER -> String.format(Locale.ROOT, "bought the %s; %s of orders with the %s also hold the %s",
                    product, share, product, then);
        };
    }

    private static String name(Map<String, String> names, String sku) {
        String name = names.get(sku);
        return name == null || name.isBlank() ? sku : name;
    }
}
