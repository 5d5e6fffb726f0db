package io.threadline.it;

import jakarta.json.JsonObject;

import java.net.URL;
import java.util.List;

/**
 * Resolved conversations about one problem, as the similar-conversations tests set them up: a customer asks by SMS,
 * alice answers and resolves. The replies go through the fake Twilio the caller holds open, and each is awaited SENT:
 * a reply the customer did not get resolves nothing.
 */
final class SimilarConversations {

    private final URL base;
    private final Api alice;
    private final Timeline timeline;
    private final Replies replies;

    SimilarConversations(URL base) {
        this.base = base;
        this.alice = Api.as(base, "alice");
        this.timeline = new Timeline(alice);
        this.replies = new Replies(base, alice);
    }

    /** A new customer's question by SMS; its conversation. */
    Replies.Conversation ask(String name, String text) {
        String phone = Messages.uniquePhone();
        Api.as(base, "erp").post("/api/v1/messages", Messages.canonical("SMS", "in-" + Messages.unique(), phone, name, text, null));
        long customer = timeline.customerWith(phone).getJsonNumber("id").longValue();
        JsonObject message = timeline.entryWithText(customer, text);
        return new Replies.Conversation(message.getJsonNumber("conversationId").longValue(), customer, phone,
                message.getJsonNumber("id").longValue());
    }

    /** alice answers with {@code reply}, the customer gets it, and she resolves the conversation. */
    void resolveWith(Replies.Conversation c, String reply) {
        long entry = replies.reply(c.id(), "SMS", reply).getJsonNumber("entryId").longValue();
        replies.entryWhen(c.customer(), entry, "SENT");
        status(c.id(), "RESOLVED");
    }

    void status(long conversation, String status) {
        Api.Reply changed = alice.put("/api/v1/conversations/" + conversation + "/status", "{\"status\": \"" + status + "\"}");
        if (changed.status() != 200) {
            throw new AssertionError("Status " + status + " of " + conversation + " answered " + changed.status() + ": " + changed.body());
        }
    }

    /** The suggestions' similar conversations of {@code conversation}, as alice reads them. */
    List<JsonObject> similarTo(long conversation) {
        Api.Reply suggestions = alice.get("/api/v1/conversations/" + conversation + "/suggestions");
        if (suggestions.status() != 200) {
            throw new AssertionError("Suggestions of " + conversation + " answered " + suggestions.status() + ": " + suggestions.body());
        }
        return suggestions.object().getJsonArray("similar").getValuesAs(JsonObject.class);
    }

    static long id(JsonObject similar) {
        return similar.getJsonNumber("conversationId").longValue();
    }
}
