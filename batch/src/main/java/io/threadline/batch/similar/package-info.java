/**
 * similar-conversations-reindex (docs/knowledge.md#similar-resolved-conversations): rebuilds the index of resolved
 * conversations from the database on every server of the deployment.
 */
package io.threadline.batch.similar;
