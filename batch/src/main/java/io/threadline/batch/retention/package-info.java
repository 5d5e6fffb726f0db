/**
 * retention: applies the retention policy ({@code io.threadline.retention}) in steps: the run and its policy recorded,
 * inactive customers anonymized and old attachments' files deleted (chunks, checkpointed by id), stale drafts and old
 * dead letters purged, and the run's summary as the job's exit status.
 */
package io.threadline.batch.retention;
