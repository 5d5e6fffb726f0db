/**
 * The catalogue of CRM events other systems receive: every type with its version and meaning ({@link EventType}), the
 * data each carries ({@link CrmEvent}, one factory per type, from plain values so that this package depends on no
 * context), its envelope, and the publisher on {@code jms/crm/EventsTopic} ({@link EventPublisher}). The JSON Schemas
 * under {@code docs/schemas/events/} are the contract; a unit test keeps this catalogue and them in step.
 */
package io.threadline.events;
