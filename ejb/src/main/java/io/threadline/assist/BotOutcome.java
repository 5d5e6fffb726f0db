package io.threadline.assist;

/** How a question the chat bot answered with articles ended. */
public enum BotOutcome {
    /** The articles are shown; the visitor has not said yet whether they helped. */
    OFFERED,
    /** "This answered my question": no person was needed. */
    DEFLECTED,
    /** "Talk to a person", or the visitor wrote again: the question went to routing. */
    HANDED_OVER,
    /** The visitor left without a word for {@code crm.channels.chat.bot.abandoned-after}. */
    ABANDONED,
    /** No article matched; the question went to routing at once. */
    NO_SUGGESTION
}
