/**
 * Scheduling of the batch jobs: each job's cron expression from configuration, and the runs the servers claimed, so
 * that one due time starts a job once however many servers share the database, and missed runs are seen.
 */
package io.threadline.scheduling;
