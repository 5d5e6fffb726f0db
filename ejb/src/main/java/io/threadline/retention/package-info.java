/**
 * Retention: the configured policy of how long personal data is kept, applied by the batch job {@code retention}.
 * Customers inactive for the policy's period are anonymized for good (their name, identities, texts and files go;
 * the facts of what happened, which the reports count, stay), old attachments' files, old dead letters and stale reply
 * drafts are deleted. Every run records exactly what it did, or in a dry run what it would do
 * ({@link io.threadline.retention.RetentionRun}, {@link io.threadline.retention.RetentionAction}).
 */
package io.threadline.retention;
