package io.threadline.channel.chat;

import java.time.Instant;

/** One message of a visitor's chat as the widget shows it: {@code from} is {@code visitor} or {@code agent}. */
public record ChatLine(String id, String from, String author, String text, Instant at) {

    public static final String VISITOR = "visitor";
    public static final String AGENT = "agent";
}
