/**
 * The knowledge base: articles written in Markdown by supervisors and admins, in several languages (an article links
 * its translations), with their revisions; published ones are searched with Lucene (per-language stemming, typo
 * tolerance, title boost, highlighted snippets) by the public help center, the chat bot and agents.
 */
package io.threadline.knowledge;
