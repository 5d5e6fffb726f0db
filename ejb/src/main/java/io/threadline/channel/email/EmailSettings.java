package io.threadline.channel.email;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.microprofile.config.Config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The email channel's configuration ({@code crm.channels.email.*}; defaults in microprofile-config.properties),
 * read when used, so that a changed value counts from the next poll or reply on. A wrong value fails with a
 * message naming the key.
 */
@Dependent
public class EmailSettings {

    static final String PREFIX = "crm.channels.email.";

    @Inject
    Config config;

    /** The configured mailboxes, in the order of {@code crm.channels.email.mailboxes}. */
    List<Mailbox> mailboxes() {
        List<Mailbox> mailboxes = new ArrayList<>();
        for (String name : names()) {
            String key = PREFIX + "mailbox." + name + ".";
            Security security = Security.parse(key + "tls", value(key + "tls").orElse("ssl"));
            String afterImport = value(key + "after-import").orElse("flag").trim();
            if (!afterImport.equals("flag") && !afterImport.equals("delete")
                    && !(afterImport.startsWith("move:") && afterImport.length() > "move:".length())) {
                throw new IllegalArgumentException(key + "after-import: '" + afterImport + "' is not flag, delete or move:<folder>");
            }
            mailboxes.add(new Mailbox(name, required(key + "host"),
                    port(key + "port", security == Security.SSL ? 993 : 143), security, required(key + "user"),
                    required(key + "password"), value(key + "folder").orElse("INBOX"), afterImport));
        }
        return mailboxes;
    }

    List<String> names() {
        return value(PREFIX + "mailboxes").map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    /** The SMTP server, or empty when {@code crm.channels.email.smtp.host} is not set (no email replies). */
    Optional<SmtpServer> smtp() {
        String key = PREFIX + "smtp.";
        Optional<String> host = value(key + "host");
        if (host.isEmpty()) {
            return Optional.empty();
        }
        Security security = Security.parse(key + "tls", value(key + "tls").orElse("starttls"));
        String from = required(key + "from");
        InternetAddress address;
        try {
            address = new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException(key + "from: '" + from + "' is not an email address");
        }
        return Optional.of(new SmtpServer(host.get(), port(key + "port", security == Security.SSL ? 465 : 587), security,
                value(key + "user").orElse(null), value(key + "password").orElse(null), address));
    }

    boolean smtpConfigured() {
        return value(PREFIX + "smtp.host").isPresent();
    }

    Duration pollInterval() {
        return duration(PREFIX + "poll-interval");
    }

    Duration connectTimeout() {
        return duration(PREFIX + "connect-timeout");
    }

    Duration readTimeout() {
        return duration(PREFIX + "read-timeout");
    }

    long maxAttachmentBytes() {
        return bytes(PREFIX + "max-attachment-bytes");
    }

    long maxMessageBytes() {
        return bytes(PREFIX + "max-message-bytes");
    }

    private Optional<String> value(String key) {
        return config.getOptionalValue(key, String.class).filter(v -> !v.isBlank());
    }

    private String required(String key) {
        return value(key).orElseThrow(() -> new IllegalArgumentException(key + ": is required"));
    }

    private int port(String key, int defaultPort) {
        String value = value(key).orElse(String.valueOf(defaultPort)).trim();
        try {
            int port = Integer.parseInt(value);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException(key + ": '" + value + "' is not a port number");
    }

    private Duration duration(String key) {
        String value = required(key).trim();
        try {
            Duration duration = Duration.parse(value);
            if (!duration.isNegative() && !duration.isZero()) {
                return duration;
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw new IllegalArgumentException(key + ": '" + value + "' is not a positive ISO-8601 duration like PT30S");
    }

    private long bytes(String key) {
        String value = required(key).trim();
        try {
            long bytes = Long.parseLong(value);
            if (bytes >= 0) {
                return bytes;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException(key + ": '" + value + "' is not a number of bytes");
    }
}
