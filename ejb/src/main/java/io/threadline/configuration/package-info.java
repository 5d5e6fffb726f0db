/**
 * The configuration context: routing, SLA and automation configuration kept as data (validated JSON documents by
 * kind and name, ordered by position where order matters), every change audited, and a revision number that every
 * server reads to know when its parsed copy ({@link io.threadline.configuration.ConfigurationCache}) is stale. The
 * contexts that own a kind ({@code routing}, {@code sla}, {@code automation}) validate documents before they reach
 * the {@link io.threadline.configuration.ConfigurationStore}.
 */
package io.threadline.configuration;
