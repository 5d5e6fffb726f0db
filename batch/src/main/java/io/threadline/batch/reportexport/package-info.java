/**
 * The {@code report-export} job: the published facts of a range of days, one CSV file per report, into the export
 * directory where BI tools pick them up.
 */
package io.threadline.batch.reportexport;
