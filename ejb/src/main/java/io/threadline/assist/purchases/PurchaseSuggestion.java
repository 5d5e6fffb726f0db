package io.threadline.assist.purchases;

/** A product to suggest to a customer, and why, in words an agent can say. */
public record PurchaseSuggestion(String sku, String name, String reason) {
}
