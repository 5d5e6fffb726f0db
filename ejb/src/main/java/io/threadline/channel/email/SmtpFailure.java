package io.threadline.channel.email;

import io.threadline.channel.outbound.ProviderRejectedException;
import io.threadline.channel.outbound.ProviderUnavailableException;
import jakarta.mail.MessagingException;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells an SMTP refusal from an outage. The server's reply code is at the start of the message of the exception
 * (or of one it chains): 5xx is a permanent refusal, 4xx a passing one; no code and a network error under it
 * means the server could not be reached.
 */
final class SmtpFailure {

    private static final Pattern REPLY_CODE = Pattern.compile("^\\s*([45])\\d\\d[\\s-]");

    private SmtpFailure() {
    }

    static RuntimeException of(String server, MessagingException failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            Matcher code = t.getMessage() == null ? null : REPLY_CODE.matcher(t.getMessage());
            if (code != null && code.find()) {
                String reason = "The SMTP server " + server + " answered: " + t.getMessage().strip();
                return code.group(1).equals("5") ? new ProviderRejectedException(reason)
                        : new ProviderUnavailableException(reason, failure);
            }
        }
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof IOException) {
                return new ProviderUnavailableException("The SMTP server " + server + " could not be reached: "
                        + t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage()), failure);
            }
        }
        return new ProviderUnavailableException("Sending through the SMTP server " + server + " failed: " + failure.getMessage(), failure);
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }
}
