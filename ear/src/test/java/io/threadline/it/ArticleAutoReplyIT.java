package io.threadline.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The automation action "reply with suggested articles" against a real mail server: a customer's email about something
 * the help center explains is answered at once with the article's title and a link that opens it; an email no article
 * matches gets no such reply, and the rule's run says why on the timeline. The dry run shows both beforehand.
 */
class ArticleAutoReplyIT extends ContainerTest {

    @Test
    void anEmailIsAnsweredWithTheMatchingArticleAndOneNoArticleMatchesIsNot() throws Exception {
        String run = Messages.unique();
        String topic = "glimmer" + run.toLowerCase().replaceAll("[^a-z]", "");
        String trigger = "rwa" + run;
        String title = "How do I polish my " + topic + " without scratching it?";
        Api sam = Api.as(base, "sam");
        Api ada = Api.as(base, "ada");
        Timeline timeline = new Timeline(Api.as(base, "alice"));
        JsonObject article = sam.post("/api/v1/knowledge/articles", """
                {"title": "%s", "body": "Use a soft cloth and polish the %s in small circles.", "language": "en",
                 "category": "Care", "status": "published"}""".formatted(title, topic)).object();
        long articleId = article.getJsonNumber("id").longValue();
        String page = article.getString("url");
        HelpArticles.awaitFound(base, topic, "en", articleId);
        // the customer asks in the article's own words: a question of n words finds articles holding half of them
        String asking = "Hello, how do I polish my " + topic + " without scratching it? Thank you for your help.";
        String unknown = "zyxqwv" + topic.substring("glimmer".length()) + " kwoppelfrunz vexquibarn";
        try (Configuration rules = new Configuration(base); MailServer mail = new MailServer()) {
            rules.create("automation-rules", """
                    {"name": "it-%1$s", "position": 900, "on": "message.received",
                     "when": {"all": [{"field": "channel", "op": "is", "value": "EMAIL"},
                                      {"field": "subject", "op": "containsWord", "value": "%1$s"}]},
                     "do": [{"action": "replyWithArticles", "text": "Hi {{customer.firstName}}, these articles may help:",
                             "max": 2}]}
                    """.formatted(trigger));

            JsonObject wouldSend = dryRunAction(ada, asking, trigger).getJsonObject("wouldSend");
            JsonObject offered = wouldSend.getJsonArray("articles").getJsonObject(0);
            assertEquals(articleId, offered.getJsonNumber("id").longValue(), wouldSend.toString());
            assertTrue(offered.getString("url").endsWith(page), offered.toString());
            assertTrue(wouldSend.getString("text").startsWith("Hi {{customer.firstName}}, these articles may help:\n\n"
                    + title + "\n" + offered.getString("url")), wouldSend.toString());
            assertEquals("no published help article matches the message",
                    dryRunAction(ada, unknown, trigger).getString("wouldSkip"));

            String nora = "nora-" + run + "@example.com";
            MimeMessage question = MailServer.from(nora, "Nora Quinn", "Polishing " + trigger, "<" + run + "-1@mail.example.com>");
            question.setText(asking, "UTF-8");
            mail.send(question);
            MimeMessage reply = Eventually.get("the reply with articles in Nora's mailbox", Duration.ofSeconds(30), () ->
                    mail.receivedBy(nora).stream().findFirst());
            String text = ((String) reply.getContent()).replace("\r\n", "\n").strip();
            assertTrue(text.startsWith("Hi Nora, these articles may help:\n\n" + title + "\n"), text);
            Matcher link = Pattern.compile("^(https?://\\S+)$", Pattern.MULTILINE).matcher(text);
            assertTrue(link.find() && link.group(1).endsWith(page), "the article's absolute address: " + text);
            Api.Reply opened = Api.as(base, null).fromBrowser("GET", link.group(1), Map.of());
            assertEquals(200, opened.status(), "the link opens the article: " + link.group(1));
            assertTrue(opened.body().contains(title), "the link opens the article: " + link.group(1));
            long noraId = timeline.customerWith(nora).getJsonNumber("id").longValue();
            JsonObject done = ruleRun(timeline, noraId, trigger);
            assertTrue(done.getString("text").contains("replied on EMAIL with “" + title + "”"), done.toString());

            String omar = "omar-" + run + "@example.com";
            MimeMessage other = MailServer.from(omar, "Omar Haddad", "Question " + trigger, "<" + run + "-2@mail.example.com>");
            other.setText(unknown, "UTF-8");
            mail.send(other);
            long omarId = timeline.customerWith(omar).getJsonNumber("id").longValue();
            JsonObject skipped = ruleRun(timeline, omarId, trigger);
            assertEquals("Rule 'it-" + trigger + "' (on message.received): did not reply with articles: no published help"
                    + " article matches the message", skipped.getString("text"));
            assertEquals(List.of(), mail.receivedBy(omar), "no reply without an article");
            assertTrue(timeline.entriesOf(omarId).stream().noneMatch(e -> "OUTBOUND".equals(e.getString("direction", null))));
        } finally {
            sam.delete("/api/v1/knowledge/articles/" + articleId);
        }
    }

    /** The rule's one action as the dry run shows it for an email from a new sender about {@code trigger} saying {@code text}. */
    private static JsonObject dryRunAction(Api admin, String text, String trigger) {
        JsonObject message = Json.createObjectBuilder(Json.createReader(new StringReader(Messages.canonical("EMAIL",
                "<dry-" + Messages.unique() + "@mail.example.com>", "dry-" + Messages.unique() + "@example.com", null, text,
                null))).readObject()).add("subject", "Question " + trigger).build();
        Api.Reply answer = admin.post("/api/v1/admin/routing/dry-run", message.toString());
        assertEquals(200, answer.status(), answer.body());
        return answer.object().getJsonArray("automations").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("rule").equals("it-" + trigger)).findFirst()
                .orElseThrow(() -> new AssertionError("the rule is not in the dry run: " + answer.body()))
                .getJsonArray("do").getJsonObject(0);
    }

    /** The timeline's account of what the rule did on the customer's conversation, once it is there. */
    private static JsonObject ruleRun(Timeline timeline, long customer, String trigger) {
        return Eventually.get("the rule's run on the timeline", Duration.ofSeconds(30), () -> timeline.entriesOf(customer)
                .stream().filter(e -> e.getString("text", "").startsWith("Rule 'it-" + trigger + "'")).findFirst());
    }
}
