package io.threadline.channel.email;

import io.threadline.channel.DeadLetters;
import io.threadline.shared.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.FolderNotFoundException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.AndTerm;
import jakarta.mail.search.FlagTerm;
import jakarta.mail.search.NotTerm;
import jakarta.mail.search.SearchTerm;

import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;

/**
 * Polls the configured IMAP mailboxes, one poll at a time: the next poll is scheduled when the previous one has
 * finished, {@code crm.channels.email.poll-interval} later. Each new mail is imported in a transaction of its
 * own ({@link EmailImport}); only after that commit is it marked on the server (flagged, deleted or moved), so a
 * crash in between means the mail is read again and, by its Message-ID, recorded once. A mail that cannot be read
 * is set aside with the reason (an admin sees it under dead letters) and marked so, and the poller moves on; a
 * mail that fails for a passing reason (database, queue) stays unmarked and is tried again at the next poll.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailboxPoller {

    private static final Logger LOG = Logger.getLogger(MailboxPoller.class.getName());
    private static final Duration FIRST_POLL = Duration.ofSeconds(5);
    private static final Duration AFTER_BAD_SETTINGS = Duration.ofMinutes(1);

    @Resource
    private TimerService timers;

    @Inject
    private EmailSettings settings;

    @Inject
    private MailboxStatuses statuses;

    @EJB
    private EmailImport imports;

    @EJB
    private DeadLetters deadLetters;

    private boolean saidIdle;

    @PostConstruct
    void start() {
        schedule(FIRST_POLL);
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void poll() {
        Duration next = AFTER_BAD_SETTINGS;
        try {
            next = settings.pollInterval();
            List<Mailbox> mailboxes = settings.mailboxes();
            statuses.configured(mailboxes.stream().map(Mailbox::name).toList());
            if (mailboxes.isEmpty() && !saidIdle) {
                LOG.info("No mailbox configured (crm.channels.email.mailboxes): the email poller is idle");
            }
            saidIdle = mailboxes.isEmpty();
            for (Mailbox mailbox : mailboxes) {
                statuses.polled(mailbox.name(), server(mailbox), poll(mailbox));
            }
        } catch (IllegalArgumentException e) {
            statuses.configured(settings.names());
            settings.names().forEach(name -> statuses.polled(name, null, "email settings: " + e.getMessage()));
        } finally {
            schedule(next);
        }
    }

    /** Imports the mailbox's new mails; returns what went wrong, or null. */
    private String poll(Mailbox mailbox) {
        Duration connect = settings.connectTimeout();
        Duration read = settings.readTimeout();
        MailReader reader = new MailReader(settings.maxAttachmentBytes(), settings.maxMessageBytes());
        try (Store store = MailSessions.imap(mailbox, connect, read).getStore(MailSessions.imapProtocol(mailbox))) {
            store.connect(mailbox.host(), mailbox.port(), mailbox.user(), mailbox.password());
            Folder folder = store.getFolder(mailbox.folder());
            folder.open(Folder.READ_WRITE);
            String failure = null;
            try {
                boolean keywords = folder.getPermanentFlags().contains(Flags.Flag.USER);
                for (Message message : folder.search(waiting(keywords))) {
                    String failed = importOne(mailbox, folder, (MimeMessage) message, reader, keywords);
                    failure = failed != null ? failed : failure;
                }
            } finally {
                folder.close(mailbox.deletesImported() || mailbox.moveTo() != null);
            }
            return failure;
        } catch (AuthenticationFailedException e) {
            return mailbox.describe() + ": authentication failed for user '" + mailbox.user() + "' at " + server(mailbox);
        } catch (FolderNotFoundException e) {
            return mailbox.describe() + ": folder '" + mailbox.folder() + "' does not exist at " + server(mailbox);
        } catch (MessagingException | RuntimeException e) {
            return mailbox.describe() + ": cannot read " + server(mailbox) + ": " + rootMessage(e);
        }
    }

    /** Mails not imported or set aside yet (where the server keeps no keywords: the unseen ones). */
    private static SearchTerm waiting(boolean keywords) {
        SearchTerm notDeleted = new NotTerm(new FlagTerm(new Flags(Flags.Flag.DELETED), true));
        if (!keywords) {
            return new AndTerm(notDeleted, new NotTerm(new FlagTerm(new Flags(Flags.Flag.SEEN), true)));
        }
        return new AndTerm(new SearchTerm[]{notDeleted, new NotTerm(new FlagTerm(new Flags(Mailbox.IMPORTED), true)),
                new NotTerm(new FlagTerm(new Flags(Mailbox.SET_ASIDE), true))});
    }

    /** Returns what went wrong with a mail that stays for the next poll, or null. */
    private String importOne(Mailbox mailbox, Folder folder, MimeMessage message, MailReader reader, boolean keywords)
            throws MessagingException {
        try {
            imports.importMail(reader.read(message));
        } catch (UnreadableMailException | InvalidInputException e) {
            setAside(mailbox, folder, message, e.getMessage(), keywords);
            return null;
        } catch (RuntimeException e) {
            return mailbox.describe() + ": mail " + describe(folder, message) + " could not be imported and stays for the next poll: "
                    + rootMessage(e);
        }
        statuses.imported(mailbox.name(), server(mailbox));
        markImported(mailbox, folder, message, keywords);
        return null;
    }

    private void markImported(Mailbox mailbox, Folder folder, MimeMessage message, boolean keywords) throws MessagingException {
        Flags imported = new Flags(Flags.Flag.SEEN);
        if (keywords) {
            imported.add(Mailbox.IMPORTED);
        }
        message.setFlags(imported, true);
        if (mailbox.moveTo() != null) {
            Folder target = folder.getStore().getFolder(mailbox.moveTo());
            if (!target.exists() && !target.create(Folder.HOLDS_MESSAGES)) {
                throw new MessagingException("cannot create folder '" + mailbox.moveTo() + "'");
            }
            folder.copyMessages(new Message[]{message}, target);
        }
        if (mailbox.deletesImported() || mailbox.moveTo() != null) {
            message.setFlag(Flags.Flag.DELETED, true);
        }
    }

    private void setAside(Mailbox mailbox, Folder folder, MimeMessage message, String why, boolean keywords)
            throws MessagingException {
        String reason = mailbox.describe() + ": mail " + describe(folder, message) + " cannot be imported: " + why;
        JsonObjectBuilder where = Json.createObjectBuilder().add("mailbox", mailbox.name()).add("folder", mailbox.folder());
        if (folder instanceof UIDFolder uids) {
            where.add("uid", uids.getUID(message));
        }
        addHeader(where, "messageId", message, "Message-ID");
        addHeader(where, "from", message, "From");
        addHeader(where, "subject", message, "Subject");
        addHeader(where, "date", message, "Date");
        deadLetters.setAside(where.build().toString(), reason);
        statuses.setAside(mailbox.name(), server(mailbox), reason);
        message.setFlags(keywords ? new Flags(Mailbox.SET_ASIDE) : new Flags(Flags.Flag.SEEN), true);
    }

    private static void addHeader(JsonObjectBuilder json, String name, MimeMessage message, String header) {
        try {
            String value = message.getHeader(header, ", ");
            if (value != null) {
                json.add(name, value.length() > 1000 ? value.substring(0, 1000) : value);
            }
        } catch (MessagingException e) {
            // a header that cannot be read is left out of the description
        }
    }

    private static String describe(Folder folder, MimeMessage message) {
        try {
            return folder instanceof UIDFolder uids ? "UID " + uids.getUID(message) : "#" + message.getMessageNumber();
        } catch (MessagingException e) {
            return "#" + message.getMessageNumber();
        }
    }

    private static String server(Mailbox mailbox) {
        return MailSessions.imapProtocol(mailbox) + "://" + mailbox.host() + ":" + mailbox.port() + "/" + mailbox.folder();
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    private void schedule(Duration delay) {
        timers.createSingleActionTimer(delay.toMillis(), new TimerConfig(null, false));
    }
}
