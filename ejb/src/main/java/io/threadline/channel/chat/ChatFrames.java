package io.threadline.channel.chat;

import io.threadline.assist.BotAnswer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.List;

/** The frames the server sends to a visitor's widget (docs/channels.md, "Live chat"), as JSON text. */
public final class ChatFrames {

    private ChatFrames() {
    }

    static String welcome(Visitor visitor, PreChatForm form, List<ChatLine> history) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        history.forEach(line -> lines.add(line(line)));
        JsonObjectBuilder frame = frame("welcome")
                .add("token", visitor.token())
                .add("visitorId", visitor.visitorId())
                .add("preChatForm", form.wireName());
        addProfile(frame, visitor);
        return frame.add("history", lines).build().toString();
    }

    static String profile(Visitor visitor) {
        JsonObjectBuilder frame = frame("profile");
        addProfile(frame, visitor);
        return frame.build().toString();
    }

    static String ack(String id) {
        return frame("ack").add("id", id).build().toString();
    }

    static String message(ChatLine line) {
        return line(line).add("type", "message").build().toString();
    }

    /** The bot's articles for the visitor's message {@code id}: title, sanitized HTML and page of each. */
    static String suggestions(BotAnswer answer) {
        JsonArrayBuilder articles = Json.createArrayBuilder();
        answer.articles().forEach(a -> articles.add(Json.createObjectBuilder().add("id", a.id()).add("title", a.title())
                .add("html", a.html()).add("url", a.url())));
        return frame("suggestions").add("id", answer.messageId()).add("articles", articles).build().toString();
    }

    static String deflected(String id) {
        return frame("deflected").add("id", id).build().toString();
    }

    static String handedOver(String id) {
        return frame("handedOver").add("id", id).build().toString();
    }

    /** Nobody answers the chat now: when a person will, as an instant, and the hours' zone. */
    static String away(ChatHours.Away away) {
        return frame("away").add("opensAt", away.opensAt().toString()).add("zone", away.zone().getId()).build().toString();
    }

    static String typing(String author) {
        return frame("typing").add("author", author).build().toString();
    }

    static String pong() {
        return frame("pong").build().toString();
    }

    /** {@code field} and {@code id} (the message it is about) only when there is one. */
    static String error(String code, String field, String message, String id) {
        JsonObjectBuilder frame = frame("error").add("code", code).add("message", message);
        if (field != null) {
            frame.add("field", field);
        }
        if (id != null) {
            frame.add("id", id);
        }
        return frame.build().toString();
    }

    private static JsonObjectBuilder line(ChatLine line) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", line.id()).add("from", line.from())
                .add("text", line.text()).add("at", line.at().toString());
        if (line.author() != null) {
            json.add("author", line.author());
        }
        if (!line.files().isEmpty()) {
            JsonArrayBuilder files = Json.createArrayBuilder();
            line.files().forEach(file -> files.add(Json.createObjectBuilder().add("name", file.name()).add("url", file.url())));
            json.add("files", files);
        }
        return json;
    }

    private static void addProfile(JsonObjectBuilder frame, Visitor visitor) {
        if (visitor.name() != null) {
            frame.add("name", visitor.name());
        }
        if (visitor.email() != null) {
            frame.add("email", visitor.email());
        }
    }

    private static JsonObjectBuilder frame(String type) {
        return Json.createObjectBuilder().add("type", type);
    }
}
