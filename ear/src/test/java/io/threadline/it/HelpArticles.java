package io.threadline.it;

import jakarta.json.JsonObject;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** The help articles' search as the tests wait on it: asked as an editor, whom the public rate limit does not hold. */
public final class HelpArticles {

    private HelpArticles() {
    }

    /** Waits until searching {@code words} in {@code language} on {@code server} finds the article {@code id}. */
    public static void awaitFound(URL server, String words, String language, long id) {
        Api editor = Api.as(server, "sam");
        Eventually.get("article " + id + " found by '" + words + "' on " + server, Duration.ofSeconds(30), () -> {
            Api.Reply found = editor.get("/api/v1/knowledge/articles?lang=" + language + "&q="
                    + URLEncoder.encode(words, StandardCharsets.UTF_8));
            return found.status() == 200 && found.array().getValuesAs(JsonObject.class).stream()
                    .anyMatch(a -> a.getJsonNumber("id").longValue() == id) ? Optional.of(true) : Optional.empty();
        });
    }
}
