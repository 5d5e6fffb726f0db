package io.threadline.assist.similar;

import java.util.List;

/** What the conversation view suggests to the agent: help articles and similar resolved conversations, best first. */
public record Suggestions(List<SuggestedArticle> articles, List<SimilarConversation> similar) {

    static final Suggestions NONE = new Suggestions(List.of(), List.of());
}
