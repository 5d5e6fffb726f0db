package io.threadline.assist.similar;

import io.threadline.conversation.DeliveryStatus;
import io.threadline.conversation.Direction;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Conversation messages for the tests, a minute apart from {@link #START} in the order made. */
final class Messages {

    static final Instant START = Instant.parse("2026-11-20T09:00:00Z");
    private final AtomicLong ids = new AtomicLong();

    ConversationMessage customer(String text) {
        long id = ids.incrementAndGet();
        return new ConversationMessage(id, Direction.INBOUND, "Nora Quinn", text, null, at(id), false);
    }

    ConversationMessage outOfOffice(String text) {
        long id = ids.incrementAndGet();
        return new ConversationMessage(id, Direction.INBOUND, "Nora Quinn", text, null, at(id), true);
    }

    ConversationMessage reply(String author, String text, DeliveryStatus status) {
        long id = ids.incrementAndGet();
        return new ConversationMessage(id, Direction.OUTBOUND, author, text, status, at(id), false);
    }

    /** Half a minute after the latest message made. */
    Instant next() {
        return at(ids.get()).plusSeconds(30);
    }

    private static Instant at(long id) {
        return START.plusSeconds(60 * id);
    }
}
