package io.threadline.conversation;

public enum ConversationStatus {
    OPEN, PENDING, SNOOZED, RESOLVED
}
