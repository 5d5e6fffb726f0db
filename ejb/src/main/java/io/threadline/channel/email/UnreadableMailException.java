package io.threadline.channel.email;

/** A mail that cannot be turned into a message (no sender, a broken MIME structure); it is set aside with this reason. */
class UnreadableMailException extends Exception {

    UnreadableMailException(String reason, Throwable cause) {
        super(reason, cause);
    }

    UnreadableMailException(String reason) {
        super(reason);
    }
}
