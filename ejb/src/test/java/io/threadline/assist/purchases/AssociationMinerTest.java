package io.threadline.assist.purchases;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssociationMinerTest {

    private static final Instant DAY_0 = Instant.parse("2026-01-01T10:00:00Z");
    private static final Duration WINDOW = Duration.ofDays(30);

    private static Instant day(int n) {
        return DAY_0.plus(Duration.ofDays(n));
    }

    @Test
    void jacketBuyersWhoBuyGlovesWithinAMonthAreCountedOncePerCustomer() {
        List<Purchase> purchases = new ArrayList<>();
        // 8 customers buy the jacket; 3 of them buy gloves 10 days later (one of those twice), 1 after 40 days.
        for (long c = 1; c <= 8; c++) {
            purchases.add(new Purchase("C" + c, day(0), Set.of("JACKET")));
        }
        purchases.add(new Purchase("C1", day(10), Set.of("GLOVES")));
        purchases.add(new Purchase("C1", day(12), Set.of("GLOVES")));
        purchases.add(new Purchase("C2", day(10), Set.of("GLOVES")));
        purchases.add(new Purchase("C3", day(30), Set.of("GLOVES")));
        purchases.add(new Purchase("C4", day(40), Set.of("GLOVES")));
        // 12 customers who never bought the jacket, 1 of them gloves.
        for (long c = 9; c <= 20; c++) {
            purchases.add(new Purchase("C" + c, day(5), Set.of(c == 9 ? "GLOVES" : "SOCKS")));
        }

        List<Association> found = AssociationMiner.mine(purchases, new Thresholds(3, 0.1, 1.0, WINDOW));

        Association next = found.stream().filter(a -> a.kind() == Association.Kind.NEXT_PURCHASE
                && a.product().equals("JACKET") && a.then().equals("GLOVES")).findFirst().orElseThrow();
        assertEquals(3, next.together(), "customers 1, 2, 3: within 30 days; 4 after 40");
        assertEquals(8, next.base());
        assertEquals(3.0 / 8, next.confidence(), 1e-9);
        assertEquals((3.0 / 8) / (5.0 / 20), next.lift(), 1e-9, "5 of 20 customers buy gloves at all");
        assertEquals("bought the Alpine jacket; 38% of Alpine jacket buyers buy the Merino gloves within 30 days",
                PurchaseSuggestions.reason(next, Map.of("JACKET", "Alpine jacket", "GLOVES", "Merino gloves"), WINDOW));
    }

    @Test
    void theMinedAssociationsAreExactlyThoseTheCountsAllowOnRandomOrders() {
        Random random = new Random(3);
        List<String> products = List.of("A", "B", "C", "D", "E", "F", "G", "H");
        List<Purchase> purchases = new ArrayList<>();
        for (long customer = 1; customer <= 300; customer++) {
            for (int order = random.nextInt(4); order >= 0; order--) {
                Set<String> skus = new HashSet<>();
                for (int line = 1 + random.nextInt(3); line > 0; line--) {
                    // A and B tend to go together, and C (only bought after A) tends to follow A.
                    String sku = products.get(random.nextInt(products.size()));
                    if (sku.equals("C")) {
                        continue;
                    }
                    skus.add(sku);
                    if (sku.equals("A") && random.nextInt(3) > 0) {
                        skus.add("B");
                    }
                }
                Instant at = day(random.nextInt(120));
                purchases.add(new Purchase("C" + customer, at, skus));
                if (skus.contains("A") && random.nextBoolean()) {
                    purchases.add(new Purchase("C" + customer, at.plus(Duration.ofDays(1 + random.nextInt(45))), Set.of("C")));
                }
            }
        }
        Thresholds thresholds = new Thresholds(10, 0.15, 1.1, WINDOW);

        Set<String> mined = new TreeSet<>();
        AssociationMiner.mine(purchases, thresholds).forEach(a -> mined.add(key(a.kind(), a.product(), a.then(), a.together(), a.base())));

        Set<String> expected = new TreeSet<>();
        int customers = (int) purchases.stream().map(Purchase::customer).distinct().count();
        for (String a : products) {
            for (String b : products) {
                if (a.equals(b)) {
                    continue;
                }
                int withA = (int) purchases.stream().filter(p -> p.skus().contains(a)).count();
                int withB = (int) purchases.stream().filter(p -> p.skus().contains(b)).count();
                int both = (int) purchases.stream().filter(p -> p.skus().contains(a) && p.skus().contains(b)).count();
                if (passes(both, withA, withB, purchases.size(), thresholds)) {
                    expected.add(key(Association.Kind.BOUGHT_TOGETHER, a, b, both, withA));
                }
                int buyersA = buyers(purchases, a);
                int buyersB = buyers(purchases, b);
                int followed = 0;
                for (long c = 1; c <= 300; c++) {
                    String customer = "C" + c;
                    List<Purchase> own = purchases.stream().filter(p -> p.customer().equals(customer)).toList();
                    boolean did = own.stream().anyMatch(first -> first.skus().contains(a) && !first.skus().contains(b)
                            && own.stream().anyMatch(later -> later.skus().contains(b) && later.orderedAt().isAfter(first.orderedAt())
                            && !later.orderedAt().isAfter(first.orderedAt().plus(WINDOW))));
                    followed += did ? 1 : 0;
                }
                if (passes(followed, buyersA, buyersB, customers, thresholds)) {
                    expected.add(key(Association.Kind.NEXT_PURCHASE, a, b, followed, buyersA));
                }
            }
        }
        assertTrue(expected.stream().anyMatch(k -> k.startsWith("BOUGHT_TOGETHER A>B")), expected.toString());
        assertTrue(expected.stream().anyMatch(k -> k.startsWith("NEXT_PURCHASE A>C")), expected.toString());
        assertEquals(expected, mined);
    }

    @Test
    void aCustomerGetsAtMostThreeSuggestionsOfWhatTheyHaveNotBought() {
        List<Association> strongestFirst = List.of(
                new Association(Association.Kind.NEXT_PURCHASE, "JACKET", "GLOVES", 30, 80, 0.375, 3.0),
                new Association(Association.Kind.BOUGHT_TOGETHER, "JACKET", "HAT", 20, 100, 0.2, 2.5),
                new Association(Association.Kind.BOUGHT_TOGETHER, "BOOTS", "SOCKS", 20, 100, 0.2, 2.4),
                new Association(Association.Kind.NEXT_PURCHASE, "JACKET", "HAT", 10, 80, 0.125, 2.0),
                new Association(Association.Kind.BOUGHT_TOGETHER, "JACKET", "SCARF", 20, 100, 0.2, 1.8),
                new Association(Association.Kind.BOUGHT_TOGETHER, "JACKET", "BELT", 20, 100, 0.2, 1.5));

        List<PurchaseSuggestion> suggestions = PurchaseSuggestions.forCustomer(Set.of("JACKET", "BOOTS", "SOCKS"),
                strongestFirst, Map.of("GLOVES", "Merino gloves", "JACKET", "Alpine jacket"), WINDOW);

        assertEquals(List.of("GLOVES", "HAT", "SCARF"), suggestions.stream().map(PurchaseSuggestion::sku).toList(),
                "socks are bought already, the hat once, at most three");
        assertEquals("Merino gloves", suggestions.get(0).name());
        assertEquals("bought the Alpine jacket; 20% of orders with the Alpine jacket also hold the HAT", suggestions.get(1).reason());
    }

    private static boolean passes(int together, int base, int then, int of, Thresholds thresholds) {
        if (together == 0) {
            return false;
        }
        double confidence = (double) together / base;
        return together >= thresholds.minTogether() && confidence >= thresholds.minConfidence()
                && confidence / ((double) then / of) >= thresholds.minLift();
    }

    private static int buyers(List<Purchase> purchases, String sku) {
        return (int) purchases.stream().filter(p -> p.skus().contains(sku)).map(Purchase::customer).distinct().count();
    }

    private static String key(Association.Kind kind, String a, String b, int together, int base) {
        return kind + " " + a + ">" + b + " " + together + "/" + base;
    }
}
