package io.threadline.shared;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Where an interaction happened. SMS, WhatsApp and voice calls all reach a customer through a phone number. */
public enum Channel {
    EMAIL, SMS, WHATSAPP, INSTAGRAM, FACEBOOK, TWITTER, CHAT, PHONE, IN_STORE, API;

    public static final String NAMES = Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));

    public boolean isPhoneBased() {
        return this == SMS || this == WHATSAPP || this == PHONE;
    }

    public static Channel parse(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required (one of " + NAMES + ")");
        }
        try {
            return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "'" + value + "' is not a channel (one of " + NAMES + ")");
        }
    }
}
