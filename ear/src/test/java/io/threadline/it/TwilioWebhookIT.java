package io.threadline.it;

import io.threadline.channel.twilio.TwilioSignature;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Twilio delivers SMS and WhatsApp messages to /api/v1/channels/twilio/sms as its documentation describes:
 * form-encoded, signed with the account's auth token, retried when it gets no 2xx.
 */
class TwilioWebhookIT extends ContainerTest {

    private static final String PATH = "/api/v1/channels/twilio/sms";
    private static final TwilioSignature SIGNER = new TwilioSignature("it-twilio-auth-token");

    private Api twilio;
    private Timeline timeline;

    @BeforeEach
    void clients() {
        twilio = Api.as(base, null);
        timeline = new Timeline(Api.as(base, "alice"));
    }

    @Test
    void smsAndWhatsAppFromOneNumberReachOneCustomerAndARetryIsStoredOnce() {
        String phone = Messages.uniquePhone();
        Map<String, String> sms = form("SM" + Messages.unique(), phone, "Is order 50117 shipped yet?");
        Api.Reply answer = post(sms, sign(sms));
        assertEquals(200, answer.status(), answer.body());
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>", answer.body());
        assertEquals(200, post(sms, sign(sms)).status(), "Twilio retries are answered the same way");

        Map<String, String> whatsApp = form("SM" + Messages.unique(), "whatsapp:" + phone, "Here is a photo of the label");
        whatsApp.put("ProfileName", "Priya");
        whatsApp.put("WaId", phone.substring(1));
        whatsApp.put("NumMedia", "1");
        whatsApp.put("MediaUrl0", "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1");
        whatsApp.put("MediaContentType0", "image/jpeg");
        assertEquals(200, post(whatsApp, sign(whatsApp)).status());

        long id = timeline.customerWith(phone).getJsonNumber("id").longValue();
        JsonObject photo = timeline.entryWithText(id, "Here is a photo of the label");
        assertEquals("WHATSAPP", photo.getString("channel"));
        assertEquals("Priya", photo.getString("author"));
        JsonObject attachment = photo.getJsonArray("attachments").getJsonObject(0);
        assertEquals("image/jpeg", attachment.getString("contentType"));
        assertEquals(whatsApp.get("MediaUrl0"), attachment.getString("url"));
        assertEquals("SMS", timeline.entryWithText(id, "Is order 50117 shipped yet?").getString("channel"));
        assertEquals(2, Eventually.get("both messages, the retry not", Duration.ofSeconds(10), () ->
                Optional.of(timeline.entriesOf(id).size())), "the retried SMS is on the timeline once");
    }

    @Test
    void aMissingOrWrongSignatureIsRefusedWithoutSayingWhyAndNothingIsStored() {
        String phone = Messages.uniquePhone();
        Map<String, String> sms = form("SM" + Messages.unique(), phone, "forged");
        String valid = sign(sms);

        Api.Reply unsigned = twilio.postForm(PATH, sms, Map.of());
        Api.Reply wrong = post(sms, new TwilioSignature("not-the-token").sign(twilio.uri(PATH).toString(), multi(sms)));
        Map<String, String> tampered = new LinkedHashMap<>(sms);
        tampered.put("Body", "tampered");
        Api.Reply altered = post(tampered, valid);

        for (Api.Reply refused : List.of(unsigned, wrong, altered)) {
            assertEquals(403, refused.status(), refused.body());
            assertEquals("Request signature verification failed", refused.object().getString("message"));
        }
        assertEquals(List.of(), timeline.customersWith(phone));
    }

    @Test
    void aSignedButMalformedRequestGets400NamingTheField() {
        Map<String, String> noSender = form("SM" + Messages.unique(), "", "who am I?");
        noSender.remove("From");
        Api.Reply reply = post(noSender, sign(noSender));
        assertEquals(400, reply.status(), reply.body());
        assertEquals("From", reply.object().getString("field"));

        String phone = Messages.uniquePhone();
        Map<String, String> badMedia = form("SM" + Messages.unique(), phone, "pic");
        badMedia.put("NumMedia", "1");
        Api.Reply missingUrl = post(badMedia, sign(badMedia));
        assertEquals(400, missingUrl.status(), missingUrl.body());
        assertEquals("MediaUrl0", missingUrl.object().getString("field"));
        assertFalse(missingUrl.body().isEmpty());
        assertTrue(timeline.customersWith(phone).isEmpty());
    }

    private Api.Reply post(Map<String, String> form, String signature) {
        return twilio.postForm(PATH, form, Map.of("X-Twilio-Signature", signature));
    }

    private String sign(Map<String, String> form) {
        return SIGNER.sign(twilio.uri(PATH).toString(), multi(form));
    }

    private static Map<String, List<String>> multi(Map<String, String> form) {
        return form.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())));
    }

    private static Map<String, String> form(String sid, String from, String body) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("MessageSid", sid);
        form.put("SmsSid", sid);
        form.put("AccountSid", "AC00000000000000000000000000000001");
        form.put("From", from);
        form.put("To", "+14155550199");
        form.put("Body", body);
        form.put("NumMedia", "0");
        form.put("NumSegments", "1");
        form.put("ApiVersion", "2010-04-01");
        return form;
    }
}
