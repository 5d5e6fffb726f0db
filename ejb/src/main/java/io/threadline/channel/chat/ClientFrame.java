package io.threadline.channel.chat;

/** A frame from a visitor's widget, read and checked by {@link ClientFrames}. */
sealed interface ClientFrame {

    /** The first frame: the token of a returning visitor, or none. */
    record Hello(String token) implements ClientFrame {
    }

    /** The pre-chat form. */
    record Profile(String name, String email) implements ClientFrame {
    }

    /** A message; {@code id} is the widget's own id for it, the same when it is sent again after a reconnect. */
    record Message(String id, String text) implements ClientFrame {
    }

    record Typing() implements ClientFrame {
    }

    record Ping() implements ClientFrame {
    }
}
