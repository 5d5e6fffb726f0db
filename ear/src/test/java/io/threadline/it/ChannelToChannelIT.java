package io.threadline.it;

import io.threadline.channel.meta.MetaSignature;
import jakarta.json.JsonObject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Nora starts on the website's chat, continues by email, then sends a WhatsApp message from the mobile number
 * the agent put on file: one customer, one conversation, three channels on the timeline, and the agent answers
 * on the channel she used last.
 */
class ChannelToChannelIT extends ContainerTest {

    @Test
    void chatThenEmailThenWhatsAppIsOneCustomerAndOneConversation() throws Exception {
        Api alice = Api.as(base, "alice");
        Timeline timeline = new Timeline(alice);
        String run = Messages.unique();
        String email = "nora." + run + "@example.com";
        String phone = Messages.uniquePhone();

        try (ChatClient chat = ChatClient.connect(base)) {
            chat.hello(null);
            chat.introduce("Nora Quinn", email);
            chat.say("c1", "Hi, my order 7781 has not arrived. My mobile is " + phone);
        }
        long nora = timeline.customerWith(email).getJsonNumber("id").longValue();
        JsonObject fromChat = timeline.entryWithText(nora, "Hi, my order 7781 has not arrived. My mobile is " + phone);
        // She writes again a little later: the email's Date and WhatsApp's timestamp have whole seconds only.
        Instant chatted = Instant.parse(fromChat.getString("occurredAt"));
        assertEquals(201, alice.post("/api/v1/customers/" + nora + "/identities",
                "{\"type\": \"PHONE\", \"value\": \"" + phone + "\"}").status());

        try (MailServer mail = new MailServer()) {
            MimeMessage message = MailServer.compose();
            message.setFrom(new InternetAddress(email, "Nora Quinn"));
            message.setSubject("Order 7781");
            message.setHeader("Message-ID", "<" + run + "@mail.example.com>");
            message.setSentDate(Date.from(chatted.plusSeconds(2)));
            message.setText("Following up on my chat: the tracking page still says 'label created'.", "UTF-8");
            mail.send(message);
            timeline.entryWithText(nora, "Following up on my chat: the tracking page still says 'label created'.");
        }

        String whatsApp = """
                {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{"field": "messages",
                  "value": {"messaging_product": "whatsapp",
                    "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
                    "contacts": [{"profile": {"name": "Nora"}, "wa_id": "%1$s"}],
                    "messages": [{"from": "%1$s", "id": "wamid.%2$s", "timestamp": "%3$d", "type": "text",
                                  "text": {"body": "Sending you a photo of the tracking page from my phone"}}]}}]}]}
                """.formatted(phone.substring(1), run, chatted.plusSeconds(4).getEpochSecond());
        Api.Reply delivered = Api.as(base, null).postJson("/api/v1/channels/meta", whatsApp, Map.of("X-Hub-Signature-256",
                new MetaSignature("it-meta-app-secret").sign(whatsApp.getBytes(StandardCharsets.UTF_8))));
        assertEquals(200, delivered.status());
        timeline.entryWithText(nora, "Sending you a photo of the tracking page from my phone");

        assertEquals(1, timeline.customersWith(phone).size());
        assertEquals(nora, timeline.customerWith(phone).getJsonNumber("id").longValue(), "the phone on file is Nora's");
        List<JsonObject> messages = timeline.entriesOf(nora).stream().filter(e -> "MESSAGE".equals(e.getString("type"))).toList();
        assertEquals(List.of("CHAT", "EMAIL", "WHATSAPP"), messages.stream().map(e -> e.getString("channel")).toList());
        long conversation = fromChat.getJsonNumber("conversationId").longValue();
        assertEquals(List.of(conversation, conversation, conversation),
                messages.stream().map(e -> e.getJsonNumber("conversationId").longValue()).toList(), "one conversation");

        try (FakeProvider meta = FakeProvider.meta()) {
            Replies replies = new Replies(base, alice);
            long answer = replies.reply(conversation, "WHATSAPP", "Thanks Nora, a replacement ships today.")
                    .getJsonNumber("entryId").longValue();
            replies.entryWhen(nora, answer, "SENT");
            assertEquals(phone.substring(1), meta.requests().get(0).json().getString("to"));
        }
    }
}
