package io.threadline.assist.purchases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Mines the associations between products from all customers' orders. Bought together: orders that hold both, of the
 * orders that hold the first. Next purchase: customers who bought the second within the window after an order with the
 * first (and not in that order), of the customers who bought the first; each customer counts once per pair.
 */
public final class AssociationMiner {

    private AssociationMiner() {
    }

    /** The associations that pass the thresholds, strongest first (by lift, then confidence, then names). */
    public static List<Association> mine(List<Purchase> purchases, Thresholds thresholds) {
        List<Association> found = new ArrayList<>(boughtTogether(purchases, thresholds));
        found.addAll(nextPurchase(purchases, thresholds));
        found.sort(Comparator.comparingDouble(Association::lift).reversed()
                .thenComparing(Comparator.comparingDouble(Association::confidence).reversed())
                .thenComparing(Association::product).thenComparing(Association::then));
        return found;
    }

    private static List<Association> boughtTogether(List<Purchase> purchases, Thresholds thresholds) {
        Map<String, Integer> orders = new HashMap<>();
        Map<Pair, Integer> together = new HashMap<>();
        for (Purchase purchase : purchases) {
            for (String a : purchase.skus()) {
                orders.merge(a, 1, Integer::sum);
                for (String b : purchase.skus()) {
                    if (!a.equals(b)) {
                        together.merge(new Pair(a, b), 1, Integer::sum);
                    }
                }
            }
        }
        return passing(Association.Kind.BOUGHT_TOGETHER, together, orders, purchases.size(), thresholds);
    }

    private static List<Association> nextPurchase(List<Purchase> purchases, Thresholds thresholds) {
        Map<String, List<Purchase>> byCustomer = purchases.stream().collect(Collectors.groupingBy(Purchase::customer));
        Map<String, Integer> buyers = new HashMap<>();
        Map<Pair, Integer> followed = new HashMap<>();
        for (List<Purchase> customerOrders : byCustomer.values()) {
            List<Purchase> orders = new ArrayList<>(customerOrders);
            orders.sort(Comparator.comparing(Purchase::orderedAt));
            Set<String> bought = new HashSet<>();
            Set<Pair> pairs = new HashSet<>();
            for (int i = 0; i < orders.size(); i++) {
                Purchase first = orders.get(i);
                bought.addAll(first.skus());
                Instant until = first.orderedAt().plus(thresholds.window());
                for (int j = i + 1; j < orders.size() && !orders.get(j).orderedAt().isAfter(until); j++) {
                    Purchase later = orders.get(j);
                    if (!later.orderedAt().isAfter(first.orderedAt())) {
                        continue;
                    }
                    for (String a : first.skus()) {
                        for (String b : later.skus()) {
                            if (!first.skus().contains(b)) {
                                pairs.add(new Pair(a, b));
                            }
                        }
                    }
                }
            }
            bought.forEach(sku -> buyers.merge(sku, 1, Integer::sum));
            pairs.forEach(pair -> followed.merge(pair, 1, Integer::sum));
        }
        return passing(Association.Kind.NEXT_PURCHASE, followed, buyers, byCustomer.size(), thresholds);
    }

    /** {@code counts} of each product in {@code of} units (orders or customers); a pair's together among them. */
    private static List<Association> passing(Association.Kind kind, Map<Pair, Integer> together, Map<String, Integer> counts,
                                             int of, Thresholds thresholds) {
        List<Association> found = new ArrayList<>();
        together.forEach((pair, n) -> {
            int base = counts.get(pair.a());
            double confidence = (double) n / base;
            double lift = confidence / ((double) counts.get(pair.b()) / of);
            if (n >= thresholds.minTogether() && confidence >= thresholds.minConfidence() && lift >= thresholds.minLift()) {
                found.add(new Association(kind, pair.a(), pair.b(), n, base, confidence, lift));
            }
        });
        return found;
    }

    private record Pair(String a, String b) {
    }
}
