/**
 * knowledge-reindex (docs/knowledge.md#rebuilding-the-index-knowledge-reindex): rebuilds the help articles' search
 * index from the database on every server of the deployment.
 */
package io.threadline.batch.knowledge;
