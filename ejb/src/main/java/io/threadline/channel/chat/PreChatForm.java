package io.threadline.channel.chat;

import java.util.Locale;

/** Whether the widget asks a visitor for name and email before the chat (crm.channels.chat.pre-chat-form). */
public enum PreChatForm {
    OPTIONAL, REQUIRED, OFF;

    static PreChatForm parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("crm.channels.chat.pre-chat-form: '" + value
                    + "' is not one of optional, required, off");
        }
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
