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

    /** An SLA due time as a countdown: "due in 25 min", "overdue by 2 h"; the page's script keeps it current. */
    public String due(Instant dueAt) {
        if (dueAt == null) {
            return "";
        }
        Duration left = Duration.between(Instant.now(), dueAt);
        return left.isNegative() ? "overdue by " + span(left.negated()) : "due in " + span(left);
    }

    private static String span(Duration duration) {
        if (duration.toMinutes() < 1) {
            return "less than a minute";
        }
        if (duration.toHours() < 1) {
            return duration.toMinutes() + " min";
        }
        if (duration.toDays() < 1) {
            return duration.toHours() + " h " + duration.toMinutesPart() + " min";
        }
        return duration.toDays() + " d " + duration.toHoursPart() + " h";
    }

    /** How an urgency score reads: high from 70, medium from 40, low below (for its colour). */
    public String urgencyLevel(Integer urgency) {
        if (urgency == null) {
            return "none";
        }
        return urgency >= 70 ? "high" : urgency >= 40 ? "medium" : "low";
    }

    /** An ISO 639-1 language as its English name ("de" → "German"). */
    public String language(String code) {
        return code == null || code.isBlank() ? "" : Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
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
