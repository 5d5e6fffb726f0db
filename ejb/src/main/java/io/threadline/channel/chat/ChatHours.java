package io.threadline.channel.chat;

import io.threadline.sla.CalendarDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When people answer the live chat: the hours of the calendar named by {@code crm.channels.chat.calendar}
 * ("Live chat" unless set). While no calendar has that name, the chat is answered at any hour.
 */
@ApplicationScoped
public class ChatHours {

    /** Outside the chat's hours: when a person answers next, and the calendar's zone. */
    public record Away(Instant opensAt, ZoneId zone) {
    }

    @Inject
    ChatSettings settings;

    @Inject
    CalendarDocuments calendars;

    /** Empty while people answer the chat (or it has no calendar); else when they will. */
    public Optional<Away> away(Instant now) {
        return calendars.named(settings.calendar()).filter(calendar -> !calendar.isOpen(now))
                .map(calendar -> new Away(calendar.nextOpening(now).orElseThrow(), calendar.zone()));
    }
}
