/**
 * Assistance from what the system already knows: the chat bot that answers a visitor's question with help articles
 * and hands over to a person when they do not help (docs/knowledge.md, "The chat bot").
 */
package io.threadline.assist;
