package io.threadline.automation;

import io.threadline.composer.Placeholders;
import io.threadline.conversation.ConversationStatus;
import io.threadline.rules.JsonFields;
import io.threadline.rules.JsonNames;
import io.threadline.shared.Channel;
import io.threadline.shared.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One element of an automation rule's {@code do}: {@code {"action": "assign|tag|…", …}}. */
public sealed interface AutomationAction {

    JsonObject toJson();

    /** {@code {"action": "assign", "to": agent}} or {@code {"action": "assign", "queue": queue}}: exactly one of them. */
    record Assign(String agent, String queue) implements AutomationAction {
        static Assign parse(JsonFields action) {
            Assign assign = new Assign(action.optionalString("to"), action.optionalString("queue"));
            if ((assign.agent == null) == (assign.queue == null)) {
                throw new InvalidInputException(action.path("to"), "give either an agent (to) or a queue (queue)");
            }
            return assign;
        }

        @Override
        public JsonObject toJson() {
            return start(Type.ASSIGN).add(agent != null ? "to" : "queue", agent != null ? agent : queue).build();
        }
    }

    /** {@code {"action": "tag", "tags": [...]}}: adds the tags. */
    record Tag(List<String> tags) implements AutomationAction {
        public Tag {
            tags = List.copyOf(tags);
        }

        static Tag parse(JsonFields action) {
            List<String> tags = action.strings("tags");
            if (tags.isEmpty()) {
                throw new InvalidInputException(action.path("tags"), "is required: at least one tag");
            }
            return new Tag(tags);
        }

        @Override
        public JsonObject toJson() {
            return start(Type.TAG).add("tags", Json.createArrayBuilder(tags)).build();
        }
    }

    /** {@code {"action": "priority", "value": 1-4}}. */
    record Priority(int value) implements AutomationAction {
        @Override
        public JsonObject toJson() {
            return start(Type.PRIORITY).add("value", value).build();
        }
    }

    /** {@code {"action": "status", "value": "OPEN|PENDING|RESOLVED"}}. */
    record Status(ConversationStatus value) implements AutomationAction {
        static final List<ConversationStatus> ALLOWED = List.of(ConversationStatus.OPEN, ConversationStatus.PENDING, ConversationStatus.RESOLVED);

        @Override
        public JsonObject toJson() {
            return start(Type.STATUS).add("value", value.name()).build();
        }
    }

    /** {@code {"action": "note", "text": ...}}: an internal note on the conversation. */
    record Note(String text) implements AutomationAction {
        @Override
        public JsonObject toJson() {
            return start(Type.NOTE).add("text", text).build();
        }
    }

    /** {@code {"action": "reply", "text": template, "channel": optional}}: the template may use the canned responses' {@link Placeholders}. */
    record Reply(String text, Channel channel) implements AutomationAction {
        static Reply parse(JsonFields action) {
            String text = action.requiredString("text");
            Placeholders.requireKnown(action.path("text"), text);
            String channel = action.optionalString("channel");
            return new Reply(text, channel == null ? null : Channel.parse(action.path("channel"), channel));
        }

        @Override
        public JsonObject toJson() {
            JsonObjectBuilder json = start(Type.REPLY).add("text", text);
            return (channel == null ? json : json.add("channel", channel.name())).build();
        }
    }

    /**
     * {@code {"action": "replyWithArticles", "text": optional intro, "max": 1-3, "channel": optional}}: a reply with the
     * published help articles that match the customer's message, each by title and address; none when nothing matches.
     * The intro may use the canned responses' {@link Placeholders}.
     */
    record ReplyWithArticles(String text, int max, Channel channel) implements AutomationAction {
        public static final int MAX_ARTICLES = 3;

        static ReplyWithArticles parse(JsonFields action) {
            String text = action.optionalString("text");
            if (text != null) {
                Placeholders.requireKnown(action.path("text"), text);
            }
            Integer max = action.optionalInt("max", 1, MAX_ARTICLES);
            String channel = action.optionalString("channel");
            return new ReplyWithArticles(text, max == null ? MAX_ARTICLES : max,
                    channel == null ? null : Channel.parse(action.path("channel"), channel));
        }

        @Override
        public JsonObject toJson() {
            JsonObjectBuilder json = start(Type.REPLY_WITH_ARTICLES);
            if (text != null) {
                json.add("text", text);
            }
            json.add("max", max);
            return (channel == null ? json : json.add("channel", channel.name())).build();
        }
    }

    /** {@code {"action": "csat"}}: asks the customer how satisfied they are. */
    record Csat() implements AutomationAction {
        @Override
        public JsonObject toJson() {
            return start(Type.CSAT).build();
        }
    }

    /** {@code {"action": "escalate", "team": name, "reason": optional}}. */
    record Escalate(String team, String reason) implements AutomationAction {
        @Override
        public JsonObject toJson() {
            JsonObjectBuilder json = start(Type.ESCALATE).add("team", team);
            return (reason == null ? json : json.add("reason", reason)).build();
        }
    }

    /** {@code {"action": "webhook", "url": absolute http(s), "secret": ...}}: the secret signs what is sent. */
    record Webhook(URI url, String secret) implements AutomationAction {
        static Webhook parse(JsonFields action) {
            String url = action.requiredString("url");
            try {
                URI uri = new URI(url);
                if (uri.isAbsolute() && uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                    return new Webhook(uri, action.requiredString("secret"));
                }
            } catch (URISyntaxException e) {
                // refused below, as any other address that is not absolute http(s)
            }
            throw new InvalidInputException(action.path("url"), "'" + url + "' is not an absolute http or https address");
        }

        @Override
        public JsonObject toJson() {
            return start(Type.WEBHOOK).add("url", url.toString()).add("secret", secret).build();
        }
    }

    static AutomationAction parse(JsonValue json, String path) {
        if (!(json instanceof JsonObject object)) {
            throw new InvalidInputException(path, "must be a JSON object with an action");
        }
        Type type = Type.of(object.get(Type.KEY), path + "." + Type.KEY);
        return type.parser.apply(JsonFields.of(json, path, type.keys));
    }

    private static JsonObjectBuilder start(Type type) {
        return Json.createObjectBuilder().add(Type.KEY, type.json);
    }

    /** The kinds of action: JSON name, keys besides {@code action}, how one is read. */
    enum Type {
        ASSIGN("assign", Assign::parse, "to", "queue"),
        TAG("tag", Tag::parse, "tags"),
        PRIORITY("priority", a -> new Priority(a.requiredInt("value", 1, 4)), "value"),
        STATUS("status", a -> new Status(a.requiredEnum("value", Status.ALLOWED)), "value"),
        NOTE("note", a -> new Note(a.requiredString("text")), "text"),
        REPLY("reply", Reply::parse, "text", "channel"),
        REPLY_WITH_ARTICLES("replyWithArticles", ReplyWithArticles::parse, "text", "max", "channel"),
        CSAT("csat", a -> new Csat()),
        ESCALATE("escalate", a -> new Escalate(a.requiredString("team"), a.optionalString("reason")), "team", "reason"),
        WEBHOOK("webhook", Webhook::parse, "url", "secret");

        static final String KEY = "action";

        private final String json;
        private final Function<JsonFields, AutomationAction> parser;
        private final Set<String> keys;
        private final List<String> fields;

        Type(String json, Function<JsonFields, AutomationAction> parser, String... fields) {
            this.json = json;
            this.parser = parser;
            this.fields = List.of(fields);
            this.keys = Stream.concat(Stream.of(KEY), Stream.of(fields)).collect(Collectors.toUnmodifiableSet());
        }

        /** The action's name in JSON ({@code "reply"}). */
        public String json() {
            return json;
        }

        /** The keys this kind of action takes besides {@code action}, in the order the docs list them. */
        public List<String> fields() {
            return fields;
        }

        static Type of(JsonValue name, String path) {
            if (!(name instanceof JsonString s)) {
                throw new InvalidInputException(path, "is required; one of " + JsonNames.list(List.of(values()), t -> t.json));
            }
            return JsonNames.find(values(), t -> t.json, s.getString(), path, "action");
        }
    }
}
