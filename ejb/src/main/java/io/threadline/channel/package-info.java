/**
 * The channel context: every way a customer's message comes in and a reply goes out. Ingress adapters per provider
 * ({@code email}, {@code twilio}, {@code meta}, {@code chat}, {@code calls}) normalise to the canonical
 * {@link io.threadline.channel.InboundMessage} on {@code jms/crm/InboundQueue}; {@link io.threadline.channel.InboundMessageMDB}
 * hands each to {@link io.threadline.channel.InboundProcessor}, which orchestrates one message through identity,
 * conversation, routing and SLA in one transaction. Dead letters and their replay live here; {@code outbound} holds the
 * reply use case, the delivery pipeline, provider clients and delivery receipts.
 */
package io.threadline.channel;
