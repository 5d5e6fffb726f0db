package io.threadline.assist;

import java.util.List;

/** What the bot shows for a question: up to three articles, readable in the widget. Empty: nothing matched. */
public record BotAnswer(String messageId, List<Article> articles) {

    /** An article as the widget shows it: its title, its sanitized HTML, and its page in the help center. */
    public record Article(long id, String title, String html, String url) {
    }
}
