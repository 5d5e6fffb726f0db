/**
 * The conversation context: conversations and the customer's timeline. Places an inbound message in the right
 * conversation (threading, reopen window) and owns the entries: messages, calls, notes, system events, replies with
 * their delivery status, and each customer message's language and urgency as routing read them.
 */
package io.threadline.conversation;
