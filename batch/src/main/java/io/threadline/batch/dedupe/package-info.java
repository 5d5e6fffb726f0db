/**
 * identity-dedupe (docs/batch.md#identity-dedupe): finds probable duplicate customers and records them as merge
 * suggestions with their score and evidence; merges by itself only from the configured score, through the merge agents
 * use, so that it is undone like any merge.
 */
package io.threadline.batch.dedupe;
