/**
 * The shared base of the CSV import jobs (customer-import, erp-import): the files inside the import directory, the
 * reader whose checkpoint is the last line read, the header check of the column mapping, and the rejects file that
 * skipped rows go to with their line and reason.
 */
package io.threadline.batch.csv;
