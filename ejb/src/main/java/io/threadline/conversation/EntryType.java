package io.threadline.conversation;

/** What a timeline entry records. */
public enum EntryType {
    MESSAGE, CALL, NOTE, SYSTEM
}
