/**
 * The audit context: an append-only record of who changed what and when, with the state before and after
 * (configuration of routing, SLAs and automation, and customers the retention job anonymized). Other contexts write to it through {@link io.threadline.audit.AuditLog}
 * in the transaction of the change itself, so an audited change and its record commit or fail together.
 */
package io.threadline.audit;
