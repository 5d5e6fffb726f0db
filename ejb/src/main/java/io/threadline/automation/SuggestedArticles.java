package io.threadline.automation;

import io.threadline.knowledge.ArticleHit;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The help articles a {@code replyWithArticles} action found for a customer's message, each with the address the
 * customer follows; or, when there are none, why not.
 */
record SuggestedArticles(List<Link> articles, String whyNone) {

    /** An article as the reply names it: its title and its page in the public help center, absolute. */
    record Link(long id, String title, String url) {
    }

    SuggestedArticles {
        articles = List.copyOf(articles);
        if (articles.isEmpty() == (whyNone == null)) {
            throw new IllegalArgumentException("either articles or the reason there are none");
        }
    }

    /** The articles found, linked under {@code publicBaseUrl} (no trailing slash); none found is said so. */
    static SuggestedArticles of(List<ArticleHit> hits, String publicBaseUrl) {
        Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
        return hits.isEmpty() ? none("no published help article matches the message")
                : new SuggestedArticles(hits.stream().map(h -> new Link(h.id(), h.title(), publicBaseUrl + h.url())).toList(), null);
    }

    static SuggestedArticles none(String why) {
        return new SuggestedArticles(List.of(), why);
    }

    boolean found() {
        return !articles.isEmpty();
    }

    /**
     * The reply's text, plain so that it reads the same on every channel (links are followed as written): the intro when
     * there is one, a blank line, then each article's title with its address on the next line, a blank line between.
     */
    String replyText(String intro) {
        String list = articles.stream().map(a -> a.title() + "\n" + a.url()).collect(Collectors.joining("\n\n"));
        return intro == null || intro.isBlank() ? list : intro.strip() + "\n\n" + list;
    }

    /** The titles, quoted, for the timeline's account of what a rule did. */
    String titles() {
        return articles.stream().map(a -> "“" + a.title() + "”").collect(Collectors.joining(", "));
    }

    /**
     * The action's JSON as a dry run shows it: with {@code wouldSend}, the text and the articles, or with
     * {@code wouldSkip}, why it would send nothing.
     */
    JsonObject preview(JsonObject action, String intro) {
        JsonObjectBuilder json = Json.createObjectBuilder(action);
        if (!found()) {
            return json.add("wouldSkip", whyNone).build();
        }
        JsonArrayBuilder links = Json.createArrayBuilder();
        articles.forEach(a -> links.add(Json.createObjectBuilder().add("id", a.id()).add("title", a.title()).add("url", a.url())));
        return json.add("wouldSend", Json.createObjectBuilder().add("text", replyText(intro)).add("articles", links)).build();
    }
}
