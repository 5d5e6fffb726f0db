package io.threadline.web.live;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every {@link ConversationPresence#REPEAT_EVERY}, this server tells the others again who views what here and forgets
 * what they stopped telling. A timer of each server, not claimed: every server repeats its own.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PresenceRepeater {

    @Inject
    ConversationPresence presence;

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    void repeat() {
        presence.repeat();
    }
}
