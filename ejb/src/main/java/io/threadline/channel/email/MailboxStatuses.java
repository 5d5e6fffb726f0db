package io.threadline.channel.email;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The state of every mailbox's import on this server. Errors are logged when they start, change or end, not on
 * every poll, so a mail server that is down for an hour leaves two lines in the log, not sixty.
 */
@ApplicationScoped
public class MailboxStatuses {

    private static final Logger LOG = Logger.getLogger(MailboxStatuses.class.getName());

    private final Map<String, MailboxStatus> statuses = new ConcurrentHashMap<>();
    private volatile List<String> configured = List.of();

    public List<MailboxStatus> all() {
        return configured.stream().map(name -> statuses.getOrDefault(name, MailboxStatus.of(name, null))).toList();
    }

    void configured(List<String> names) {
        configured = List.copyOf(names);
    }

    void polled(String name, String server, String error) {
        MailboxStatus before = statuses.get(name);
        String previous = before == null ? null : before.lastError();
        update(name, server, s -> s.polled(Instant.now(), error));
        if (error != null && !error.equals(previous)) {
            LOG.warning(error);
        } else if (error == null && previous != null) {
            LOG.info("mailbox '" + name + "': polling works again");
        }
    }

    void imported(String name, String server) {
        update(name, server, MailboxStatus::importedOne);
    }

    void setAside(String name, String server, String reason) {
        LOG.log(Level.WARNING, "{0}; the mail was set aside (see /api/v1/admin/dead-letters)", reason);
        update(name, server, MailboxStatus::setAsideOne);
    }

    private void update(String name, String server, UnaryOperator<MailboxStatus> change) {
        statuses.compute(name, (n, s) -> change.apply(s == null || !java.util.Objects.equals(s.server(), server)
                ? MailboxStatus.of(name, server) : s));
    }
}
