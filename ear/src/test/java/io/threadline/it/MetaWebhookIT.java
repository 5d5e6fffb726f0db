package io.threadline.it;

import io.threadline.channel.meta.MetaSignature;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Meta delivers WhatsApp Cloud API, Messenger and Instagram messages to /api/v1/channels/meta in the shapes
 * of its webhook documentation: several entries and messages per delivery, signed with the app secret.
 */
class MetaWebhookIT extends ContainerTest {

    private static final String PATH = "/api/v1/channels/meta";
    private static final MetaSignature SIGNER = new MetaSignature("it-meta-app-secret");

    private Api meta;
    private Timeline timeline;

    @BeforeEach
    void clients() {
        meta = Api.as(base, null);
        timeline = new Timeline(Api.as(base, "alice"));
    }

    @Test
    void theSubscriptionHandshakeEchoesTheChallengeOnlyForTheRightToken() {
        Api.Reply ok = meta.get(PATH + "?hub.mode=subscribe&hub.verify_token=it-meta-verify-token&hub.challenge=1158201444");
        assertEquals(200, ok.status());
        assertEquals("1158201444", ok.body());
        assertEquals(403, meta.get(PATH + "?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444").status());
    }

    @Test
    void aWhatsAppDeliveryWithSeveralEntriesAndMessagesLandsOnTheTimelinesOnceAndJoinsTheSmsCustomer() {
        String phone = Messages.uniquePhone();
        String other = Messages.uniquePhone();
        String run = Messages.unique();
        Api.as(base, "erp").post("/api/v1/messages", Messages.canonical("SMS", "SM" + run, phone, null, "sms first", null));
        long customer = timeline.customerWith(phone).getJsonNumber("id").longValue();

        String delivery = """
                {"object": "whatsapp_business_account", "entry": [
                  {"id": "102290129340398", "changes": [{"field": "messages", "value": {
                    "messaging_product": "whatsapp",
                    "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
                    "contacts": [{"profile": {"name": "Kerry Fisher"}, "wa_id": "%1$s"}],
                    "messages": [
                      {"from": "%1$s", "id": "wamid.%3$s-1", "timestamp": "1763900100", "type": "text", "text": {"body": "The parcel is damaged"}},
                      {"from": "%1$s", "id": "wamid.%3$s-2", "timestamp": "1763900160", "type": "image",
                       "image": {"caption": "Photo of the box", "mime_type": "image/jpeg", "sha256": "abc", "id": "1003383421387256"}},
                      {"from": "%1$s", "id": "wamid.%3$s-3", "timestamp": "1763900170", "type": "reaction",
                       "reaction": {"message_id": "wamid.%3$s-1", "emoji": "👍"}}]}},
                    {"field": "messages", "value": {"messaging_product": "whatsapp",
                      "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
                      "statuses": [{"id": "wamid.out-1", "status": "delivered", "timestamp": "1763900200", "recipient_id": "%1$s"}]}}]},
                  {"id": "102290129340398", "changes": [{"field": "messages", "value": {
                    "messaging_product": "whatsapp",
                    "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
                    "contacts": [{"profile": {"name": "Omar"}, "wa_id": "%2$s"}],
                    "messages": [{"from": "%2$s", "id": "wamid.%3$s-4", "timestamp": "1763900300", "type": "text", "text": {"body": "Hello from Omar"}}]}}]}]}
                """.formatted(phone.substring(1), other.substring(1), run);

        assertEquals(200, post(delivery, sign(delivery)).status());
        assertEquals(200, post(delivery, sign(delivery)).status(), "Meta's retry of the same delivery");

        JsonObject text = timeline.entryWithText(customer, "The parcel is damaged");
        assertEquals("WHATSAPP", text.getString("channel"));
        assertEquals("Kerry Fisher", text.getString("author"));
        assertEquals("2025-11-23T12:15:00Z", text.getString("occurredAt"));
        JsonObject photo = timeline.entryWithText(customer, "Photo of the box");
        // The media's Graph API URL, on the test server's crm.channels.meta.graph-url.
        assertEquals("image/jpeg", photo.getJsonArray("attachments").getJsonObject(0).getString("contentType"));
        assertEquals("http://127.0.0.1:" + FakeProvider.PORT + "/v21.0/1003383421387256", photo.getJsonArray("attachments").getJsonObject(0).getString("url"));
        long omar = timeline.customerWith(other).getJsonNumber("id").longValue();
        timeline.entryWithText(omar, "Hello from Omar");
        assertEquals(3, Eventually.get("sms, text and photo", Duration.ofSeconds(10), () ->
                Optional.of(timeline.entriesOf(customer).size())), "the reaction is not a message, the retry is stored once");
    }

    @Test
    void messengerAndInstagramEventsLandOnTheirSendersTimelinesAndEchoesAreNot() {
        String run = Messages.unique();
        String psid = "2" + Math.abs(run.hashCode());
        String igsid = "17841" + Math.abs(run.hashCode());
        String messenger = """
                {"object": "page", "entry": [
                  {"id": "106794405389231", "time": 1763900000000, "messaging": [
                    {"sender": {"id": "%1$s"}, "recipient": {"id": "106794405389231"}, "timestamp": 1763900000123,
                     "message": {"mid": "m_%2$s-1", "text": "Do you have this in blue?",
                                 "attachments": [{"type": "image", "payload": {"url": "https://scontent.xx.fbcdn.net/v/t1/%2$s.jpg"}}]}}]},
                  {"id": "106794405389231", "time": 1763900001000, "messaging": [
                    {"sender": {"id": "106794405389231"}, "recipient": {"id": "%1$s"}, "timestamp": 1763900001000,
                     "message": {"mid": "m_%2$s-echo", "is_echo": true, "text": "Our answer"}},
                    {"sender": {"id": "%1$s"}, "recipient": {"id": "106794405389231"}, "timestamp": 1763900002000,
                     "delivery": {"mids": ["m_%2$s-echo"], "watermark": 1763900001500}}]}]}
                """.formatted(psid, run);
        String instagram = """
                {"object": "instagram", "entry": [{"id": "17841405822304914", "time": 1763900005000, "messaging": [
                  {"sender": {"id": "%1$s"}, "recipient": {"id": "17841405822304914"}, "timestamp": 1763900005000,
                   "message": {"mid": "aWdfZAG1%2$s", "text": "Saw your story, is it on sale?"}}]}]}
                """.formatted(igsid, run);

        assertEquals(200, post(messenger, sign(messenger)).status());
        assertEquals(200, post(instagram, sign(instagram)).status());

        long fan = timeline.customerWith(psid).getJsonNumber("id").longValue();
        JsonObject question = timeline.entryWithText(fan, "Do you have this in blue?");
        assertEquals("FACEBOOK", question.getString("channel"));
        assertEquals(1, question.getJsonArray("attachments").size());
        JsonObject insta = timeline.customerWith(igsid);
        assertEquals("INSTAGRAM", insta.getJsonArray("identities").getJsonObject(0).getString("type"));
        timeline.entryWithText(insta.getJsonNumber("id").longValue(), "Saw your story, is it on sale?");
        assertEquals(List.of(), timeline.customersWith("106794405389231"), "the page's own echo made no customer");
        assertEquals(1, timeline.entriesOf(fan).size());
    }

    @Test
    void anUnsignedOrTamperedDeliveryIsRefusedAndAMalformedOneGets400() {
        String run = Messages.unique();
        String psid = "3" + Math.abs(run.hashCode());
        String delivery = """
                {"object": "page", "entry": [{"id": "1", "time": 1, "messaging": [{"sender": {"id": "%s"},
                 "recipient": {"id": "1"}, "timestamp": 1763900000000, "message": {"mid": "m_%s", "text": "hi"}}]}]}
                """.formatted(psid, run);
        String valid = sign(delivery);

        assertEquals(403, meta.postForm(PATH, Map.of(), Map.of()).status());
        assertEquals(403, post(delivery, null).status());
        assertEquals(403, post(delivery.replace("hi", "ho"), valid).status());
        assertEquals(403, post(delivery, new MetaSignature("wrong-secret").sign(delivery.getBytes(StandardCharsets.UTF_8))).status());
        assertEquals(List.of(), timeline.customersWith(psid));

        String broken = "{\"object\": \"page\", \"entry\": [{\"messaging\": [{\"sender\": {\"id\": \"" + psid
                + "\"}, \"message\": {\"text\": \"no id\"}}]}]}";
        Api.Reply refused = post(broken, sign(broken));
        assertEquals(400, refused.status(), refused.body());
        assertEquals("entry[0].messaging[0]", refused.object().getString("field"));
        assertEquals(List.of(), timeline.customersWith(psid));
    }

    private Api.Reply post(String json, String signature) {
        return meta.postJson(PATH, json, signature == null ? Map.of() : Map.of("X-Hub-Signature-256", signature));
    }

    private static String sign(String json) {
        return SIGNER.sign(json.getBytes(StandardCharsets.UTF_8));
    }
}
