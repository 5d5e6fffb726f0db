/**
 * Assistance from what the system already knows: the chat bot that answers a visitor's question with help articles
 * and hands over to a person when they do not help (docs/knowledge.md, "The chat bot"); purchase suggestions and the
 * rising-frustration warning in the sub-packages.
 */
package io.threadline.assist;
