/**
 * Reporting: the facts the nightly analytics job computes per day (counts and duration histograms by channel, queue,
 * team, agent and hour), the day's published run of them, and the reports read from them.
 */
package io.threadline.reporting;
