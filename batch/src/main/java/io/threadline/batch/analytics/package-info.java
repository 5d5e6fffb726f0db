/**
 * nightly-analytics: the day's messages and calls (partitioned by hour range), the conversations it decided and the
 * chat bot's questions, counted into facts of one run, which then replace the day's facts in one transaction.
 */
package io.threadline.batch.analytics;
