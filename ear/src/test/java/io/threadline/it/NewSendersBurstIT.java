package io.threadline.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * First messages from new senders arriving all at once, several per sender (a campaign's recipients answering): the
 * MDB instances race to create each sender's customer, and the identity's unique constraint settles every race without
 * failing a delivery or writing an error to the server log.
 */
class NewSendersBurstIT extends ContainerTest {

    private static final int SENDERS = 40;
    private static final int MESSAGES_EACH = 3;
    private static final Pattern ERROR_LINE = Pattern.compile("^\\[[^]]+] \\S+ \\S+\\s+E .*");

    @Test
    void aBurstOfFirstMessagesMakesOneCustomerPerSenderWithoutAFailedDelivery() throws Exception {
        Metrics metrics = new Metrics(base);
        Timeline timeline = new Timeline(Api.as(base, "alice"));
        String run = Messages.unique();
        double failedBefore = metrics.counter("threadline_inbound_failed");
        double processedBefore = metrics.counter("threadline_inbound_processed");
        ServerLog log = ServerLog.fromNow();

        // Each sender's messages one after the other, so that the MDB instances take them at the same time.
        try (PausedConsumer paused = PausedConsumer.inbound()) {
            for (int sender = 0; sender < SENDERS; sender++) {
                for (int m = 0; m < MESSAGES_EACH; m++) {
                    Jms.sendToInbound(Messages.canonical("EMAIL", "race-" + run + "-" + sender + "-" + m, handle(run, sender),
                            "Sender " + sender, "message " + m + " of sender " + sender, null));
                }
            }
        }

        Eventually.get("every message of the burst processed", Duration.ofSeconds(120), () ->
                metrics.counter("threadline_inbound_processed") >= processedBefore + SENDERS * MESSAGES_EACH
                        ? Optional.of(true) : Optional.empty());
        for (int sender = 0; sender < SENDERS; sender++) {
            List<JsonObject> customers = timeline.customersWith(handle(run, sender));
            assertEquals(1, customers.size(), "one customer for " + handle(run, sender) + ": " + customers);
            List<String> texts = timeline.entriesOf(customers.get(0).getJsonNumber("id").longValue()).stream()
                    .map(entry -> entry.getString("text")).sorted().toList();
            assertEquals(expectedTexts(sender), texts);
        }
        assertEquals(failedBefore, metrics.counter("threadline_inbound_failed"), "no delivery failed and was redelivered");
        List<String> complaints = log.linesSinceStart().stream()
                .filter(line -> ERROR_LINE.matcher(line).matches() || line.toUpperCase().contains("UQ_CUSTOMER_IDENTITY"))
                .toList();
        assertEquals(List.of(), complaints, "the server log says nothing about the races");
    }

    private static String handle(String run, int sender) {
        return "race-" + sender + "-" + run + "@example.com";
    }

    private static List<String> expectedTexts(int sender) {
        List<String> texts = new ArrayList<>();
        for (int m = 0; m < MESSAGES_EACH; m++) {
            texts.add("message " + m + " of sender " + sender);
        }
        return texts;
    }
}
