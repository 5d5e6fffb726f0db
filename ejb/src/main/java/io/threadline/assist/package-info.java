/**
 * Assistance from what the system already knows: the chat bot that answers a visitor's question with help articles
 * and hands over to a person when they do not help (docs/knowledge.md, "The chat bot"); {@code purchases}: what a customer
 * may also want; {@code frustration}: the warning when a customer's urgency climbs; {@code similar}: resolved
 * conversations like the one an agent works on, with their replies.
 */
package io.threadline.assist;
