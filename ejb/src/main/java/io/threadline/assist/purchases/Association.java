package io.threadline.assist.purchases;

/**
 * "Who buys {@code product} buys {@code then}": in the same order ({@link Kind#BOUGHT_TOGETHER}), or in a later order
 * within the window ({@link Kind#NEXT_PURCHASE}). {@code together} of the {@code base} counted (orders with the
 * product, or customers who bought it) did; {@code confidence} is their share, {@code lift} how much more often than
 * anyone buys {@code then}.
 */
public record Association(Kind kind, String product, String then, int together, int base, double confidence, double lift) {

    public enum Kind {
        BOUGHT_TOGETHER, NEXT_PURCHASE
    }
}
