/**
 * The ERP and stores: their messages on {@code jms/crm/ErpQueue} ({@code customer.upsert}, {@code order.upsert},
 * {@code order.status}, {@code shipment.update}, {@code store.interaction}) applied once and in order per entity;
 * the orders, shipments and value of a customer (enrichment of the profile, the value-derived tier); order numbers
 * mentioned in messages; the optional REST lookup of recent orders. The wire contract is docs/erp-integration.md with
 * a JSON Schema per message type in docs/schemas/erp.
 */
package io.threadline.erp;
