/**
 * Similar resolved conversations: every resolved conversation's customer text in a Lucene index ("more like this"),
 * kept current after commit by the conversation events and rebuilt by {@code similar-conversations-reindex}; and the
 * suggestions for a conversation an agent works on: those conversations with the reply that resolved them, and the help
 * articles for the customer's latest message (docs/knowledge.md#similar-resolved-conversations). Never sent by
 * themselves: the agent inserts one into the reply box and edits it.
 */
package io.threadline.assist.similar;
