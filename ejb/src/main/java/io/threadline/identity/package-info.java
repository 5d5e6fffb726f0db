/**
 * The identity context: customers and their identities (email, phone, provider ids, ERP numbers), resolution of a
 * sender to one customer, deterministic links, merge suggestions, merges and their undo, and the customer-import use case.
 */
package io.threadline.identity;
