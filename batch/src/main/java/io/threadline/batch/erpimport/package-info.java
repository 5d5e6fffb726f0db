/**
 * erp-import: customers or orders from a CSV export of the ERP, each row (an order's rows together) mapped to the
 * message the ERP would send for it and applied through the ERP's own inbox, so the same validation, idempotency,
 * ordering and identity linking hold as for messages on the ERP queue.
 */
package io.threadline.batch.erpimport;
