/**
 * The collaboration context: what agents do together on a conversation: status (open, pending, snoozed, resolved),
 * notes with @mentions and notifications, tags, merging two conversations. Every action is a system entry on the
 * timeline and a CRM event ({@link io.threadline.collaboration.ConversationActivity}).
 */
package io.threadline.collaboration;
