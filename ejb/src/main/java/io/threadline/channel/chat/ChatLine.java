package io.threadline.channel.chat;

import java.time.Instant;
import java.util.List;

/**
 * One message of a visitor's chat as the widget shows it: {@code from} is {@code visitor} or {@code agent};
 * {@code files} are the files an agent sent with it, each with the address where the visitor opens it.
 */
public record ChatLine(String id, String from, String author, String text, Instant at, List<File> files) {

    public static final String VISITOR = "visitor";
    public static final String AGENT = "agent";

    public ChatLine {
        files = files == null ? List.of() : List.copyOf(files);
    }

    public ChatLine(String id, String from, String author, String text, Instant at) {
        this(id, from, author, text, at, List.of());
    }

    /** A file sent with an agent's reply: its name and where it is fetched, without a login. */
    public record File(String name, String url) {
    }
}
