package io.threadline.web.workspace;

import io.threadline.shared.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How the workspace writes times (a date and time in the server's zone, how long ago), channels and sources. */
@Named("display")
@ApplicationScoped
public class DisplayFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    public String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    public String ago(Instant at) {
        if (at == null) {
            return "";
        }
        Duration age = Duration.between(at, Instant.now());
        if (age.toMinutes() < 1) {
            return "just now";
        }
        if (age.toHours() < 1) {
            return age.toMinutes() + " min ago";
        }
        if (age.toDays() < 1) {
            return age.toHours() + " h ago";
        }
        return age.toDays() + " d ago";
    }

    /** A channel's name as agents say it. */
    public String channel(String channel) {
        // EL passes a missing channel (a note's) as "".
        if (channel == null || channel.isEmpty()) {
            return "";
        }
        return switch (channel) {
            case "EMAIL" -> "Email";
            case "SMS" -> "SMS";
            case "WHATSAPP" -> "WhatsApp";
            case "INSTAGRAM" -> "Instagram";
            case "FACEBOOK" -> "Messenger";
            case "TWITTER" -> "X";
            case "CHAT" -> "Live chat";
            case "PHONE" -> "Phone";
            case "IN_STORE" -> "In store";
            default -> channel.charAt(0) + channel.substring(1).toLowerCase(Locale.ROOT);
        };
    }

    /** Channels as agents say them: "Email", "Email and SMS", "Email, SMS and WhatsApp". */
    public String channels(List<String> channels) {
        List<String> names = channels.stream().map(this::channel).toList();
        return names.size() < 2 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** Where an identity came from: "from Email" for a channel, else the recorded words ("added by alice"). */
    public String identitySource(String source) {
        if (source == null || source.isBlank()) {
            return "";
        }
        boolean channel = Arrays.stream(Channel.values()).anyMatch(c -> c.name().equals(source));
        return channel ? "from " + channel(source) : source;
    }
}
