package io.threadline.channel.email;

import jakarta.mail.Session;

import java.time.Duration;
import java.util.Properties;

/**
 * Jakarta Mail sessions for one IMAP mailbox or the SMTP server, with connect, read and write timeouts on every
 * connection (Jakarta Mail's default is to wait forever) and the server's certificate checked against its name.
 */
final class MailSessions {

    private MailSessions() {
    }

    static String imapProtocol(Mailbox mailbox) {
        return mailbox.security() == Security.SSL ? "imaps" : "imap";
    }

    static Session imap(Mailbox mailbox, Duration connectTimeout, Duration readTimeout) {
        Properties props = properties(imapProtocol(mailbox), mailbox.security(), connectTimeout, readTimeout);
        // Reading a mail must not mark it \Seen: only a committed import does (or a person reading it).
        props.put("mail." + imapProtocol(mailbox) + ".peek", "true");
        return Session.getInstance(props);
    }

    static String smtpProtocol(SmtpServer server) {
        return server.security() == Security.SSL ? "smtps" : "smtp";
    }

    static Session smtp(SmtpServer server, Duration connectTimeout, Duration readTimeout) {
        Properties props = properties(smtpProtocol(server), server.security(), connectTimeout, readTimeout);
        props.put("mail." + smtpProtocol(server) + ".auth", String.valueOf(server.user() != null));
        props.put("mail." + smtpProtocol(server) + ".from", server.from().getAddress());
        return Session.getInstance(props);
    }

    private static Properties properties(String protocol, Security security, Duration connectTimeout, Duration readTimeout) {
        Properties props = new Properties();
        String prefix = "mail." + protocol + ".";
        props.put(prefix + "connectiontimeout", String.valueOf(connectTimeout.toMillis()));
        props.put(prefix + "timeout", String.valueOf(readTimeout.toMillis()));
        props.put(prefix + "writetimeout", String.valueOf(readTimeout.toMillis()));
        if (security == Security.STARTTLS) {
            props.put(prefix + "starttls.enable", "true");
            props.put(prefix + "starttls.required", "true");
        }
        if (security != Security.NONE) {
            props.put(prefix + "ssl.checkserveridentity", "true");
        }
        return props;
    }
}
