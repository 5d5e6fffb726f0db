package io.threadline.channel.chat;

/** A frame from a visitor's widget, read and checked by {@link ClientFrames}. */
sealed interface ClientFrame {

    /**
     * The first frame: the token of a returning visitor, or none; the page's language (ISO 639-1), or none; whether the
     * widget shows the bot's suggestions (a client that does not is never held up by the bot).
     */
    record Hello(String token, String language, boolean suggestions) implements ClientFrame {
    }

    /** "This answered my question", about the bot's articles for the message {@code id}. */
    record Resolved(String id) implements ClientFrame {
    }

    /** "Talk to a person", about the bot's articles for the message {@code id}. */
    record Handover(String id) implements ClientFrame {
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
