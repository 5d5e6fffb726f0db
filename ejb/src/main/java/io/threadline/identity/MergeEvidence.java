package io.threadline.identity;

import java.util.Map;

/**
 * Another context's weaker signals that a customer is one person with others (the ERP: an order of another customer
 * mentioned in this one's messages); a CDI bean provides it, merge suggestions list what it finds.
 */
public interface MergeEvidence {

    /** Other active customers, each with the reason in words ("their order SO-1001 is mentioned in a message"). */
    Map<Customer, String> othersLike(Customer customer);

    /** How likely (percent) one such reason alone makes it that they are one person ({@link DuplicateEvidence}). */
    int weight();
}
