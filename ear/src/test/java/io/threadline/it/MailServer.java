package io.threadline.it;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * A real SMTP and IMAP server (GreenMail) on loopback, where the test server's email channel is pointed
 * ({@code it.smtp.port}, {@code it.imap.port}): Threadline polls the support mailbox over IMAP and sends replies
 * over SMTP; customers' mail clients are played by SMTP sends from the test.
 */
final class MailServer implements AutoCloseable {

    static final String SUPPORT = "support@threadline.test";
    static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 19025);
    static final int IMAP_PORT = Integer.getInteger("it.imap.port", 19143);

    private final GreenMail greenMail;
    private final GreenMailUser support;

    MailServer() {
        greenMail = new GreenMail(new ServerSetup[]{
                new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
        support = greenMail.setUser(SUPPORT, SUPPORT, "it-mail-password");
    }

    /** A new mail as a customer's mail client composes it, to be sent through this server's SMTP port. */
    static MimeMessage compose() {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(SMTP_PORT));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "5000");
        return new MimeMessage(Session.getInstance(props)) {
            @Override
            protected void updateMessageID() throws MessagingException {
                if (getHeader("Message-ID") == null) {
                    super.updateMessageID();
                }
            }
        };
    }

    /** A new mail from a customer, sent now, with its Message-ID; its content is the test's to set. */
    static MimeMessage from(String address, String name, String subject, String messageId) throws Exception {
        MimeMessage mail = compose();
        mail.setFrom(new InternetAddress(address, name));
        mail.setSubject(subject);
        mail.setHeader("Message-ID", messageId);
        mail.setSentDate(new Date());
        return mail;
    }

    /** Sends a mail to the support address over SMTP, as a customer's mail client would. */
    void send(MimeMessage mail) {
        try {
            Transport.send(mail, new Address[]{new InternetAddress(SUPPORT)});
        } catch (MessagingException e) {
            throw new AssertionError("Could not send the customer's mail", e);
        }
    }

    /** Puts a mail straight into the support mailbox, however malformed, as the mail server stored it. */
    void deliver(MimeMessage mail) {
        support.deliver(mail);
    }

    /** The support mailbox's mails with their flags, as Threadline's poller left them. */
    List<StoredMessage> supportInbox() {
        try {
            return greenMail.getManagers().getImapHostManager().getInbox(support).getMessages();
        } catch (FolderException e) {
            throw new AssertionError(e);
        }
    }

    /** The mails delivered over SMTP to this address. */
    List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                Address[] to = m.getAllRecipients();
                return to != null && Arrays.stream(to).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new AssertionError(e);
            }
        }).toList();
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
