package io.threadline.assist.purchases;

import java.time.Instant;
import java.util.Set;

/** One order as the mining sees it: the ERP customer number, when, and which products (SKUs) it held. */
public record Purchase(String customer, Instant orderedAt, Set<String> skus) {

    public Purchase {
        skus = Set.copyOf(skus);
    }
}
