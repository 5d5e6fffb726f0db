/**
 * nightly-analytics: the day's messages and calls (partitioned by hour range) and the conversations it decided,
 * counted into facts of one run, which then replace the day's facts in one transaction.
 */
package io.threadline.batch.analytics;
