package io.threadline.channel.email;

import java.time.Instant;

/**
 * How the import from one mailbox is going, for admins: when it was last polled, how many mails it imported and
 * set aside since the server started, and the last error ({@code null} once a poll succeeds again).
 */
public record MailboxStatus(String name, String server, Instant lastPollAt, long imported, long setAside,
                            String lastError, Instant lastErrorAt) {

    static MailboxStatus of(String name, String server) {
        return new MailboxStatus(name, server, null, 0, 0, null, null);
    }

    MailboxStatus polled(Instant at, String error) {
        return new MailboxStatus(name, server, at, imported, setAside, error, error == null ? null : at);
    }

    MailboxStatus importedOne() {
        return new MailboxStatus(name, server, lastPollAt, imported + 1, setAside, lastError, lastErrorAt);
    }

    MailboxStatus setAsideOne() {
        return new MailboxStatus(name, server, lastPollAt, imported, setAside + 1, lastError, lastErrorAt);
    }
}
