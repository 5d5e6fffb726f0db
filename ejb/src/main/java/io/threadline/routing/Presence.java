package io.threadline.routing;

/** Whether an agent takes new conversations: only ONLINE agents are assigned any. */
public enum Presence {
    ONLINE, AWAY, OFFLINE
}
