package io.threadline.channel.email;

import io.threadline.channel.outbound.ProviderRejectedException;
import io.threadline.channel.outbound.ProviderUnavailableException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class SmtpFailureTest {

    @Test
    void aPermanentRefusalIsFinalWithTheServersWords() {
        SendFailedException refused = new SendFailedException("Invalid Addresses");
        refused.setNextException(new MessagingException("550 5.1.1 <nobody@example.com>: Recipient address rejected"));
        RuntimeException failure = SmtpFailure.of("smtp.example.com:587", refused);
        assertInstanceOf(ProviderRejectedException.class, failure);
        assertEquals("The SMTP server smtp.example.com:587 answered: 550 5.1.1 <nobody@example.com>: Recipient address rejected",
                failure.getMessage());
    }

    @Test
    void aPassingRefusalIsWorthRetrying() {
        assertInstanceOf(ProviderUnavailableException.class,
                SmtpFailure.of("smtp.example.com:587", new MessagingException("452 4.3.1 Insufficient system storage")));
    }

    @Test
    void aServerThatCannotBeReachedIsAnOutage() {
        RuntimeException failure = SmtpFailure.of("127.0.0.1:25", new MessagingException("Couldn't connect to host, port: 127.0.0.1, 25",
                new ConnectException("Connection refused")));
        assertInstanceOf(ProviderUnavailableException.class, failure);
        assertEquals("The SMTP server 127.0.0.1:25 could not be reached: ConnectException: Connection refused", failure.getMessage());
    }
}
