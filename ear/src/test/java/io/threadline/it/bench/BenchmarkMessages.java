package io.threadline.it.bench;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import java.util.Locale;

/**
 * The benchmark's canonical messages: N/4 distinct senders over email, SMS, WhatsApp and chat (a sender's messages
 * are N/4 apart), with texts that vary like a real inbox's, so that {@link RealisticConfiguration}'s rules match a mix:
 * plain questions, refunds and invoices, German, French and Spanish, angry ones, shipping and login trouble. Emails
 * carry a subject, some with an invoice number. Both configurations get the same messages.
 */
final class BenchmarkMessages {

    private static final String[] CHANNELS = {"EMAIL", "SMS", "WHATSAPP", "CHAT"};
    private static final String[] TEXTS = {
            "Message %d about order %d",
            "Hello, I would like a refund for order %2$d: the invoice shows the wrong amount. Message %1$d.",
            "Hallo, ich habe die Rechnung für Bestellung %2$d noch nicht erhalten. Können Sie mir bitte helfen? (%1$d)",
            "Bonjour, je n'ai toujours pas reçu ma commande %2$d. Pouvez-vous vérifier la livraison, s'il vous plaît ? (%1$d)",
            "This is UNACCEPTABLE!!! Third time I write about order %2$d and still waiting. I want my money back NOW (%1$d)",
            "Where is my parcel for order %2$d? The tracking number does not work. Message %1$d.",
            "I cannot log in to my account, the password reset email never arrives. Message %d, order %d.",
            "Hola, quiero cancelar mi pedido %2$d, por favor. Gracias. (%1$d)",
            "Thanks, the replacement for order %2$d arrived and works great. Message %1$d.",
    };
    private static final String[] SUBJECTS = {"Order %d", "Invoice INV-2026-%d", "Re: your order %d", "Complaint about order %d"};

    private final int senders;

    BenchmarkMessages(int messages) {
        this.senders = Math.max(1, messages / 4);
    }

    /** Message {@code i} of a run, as the canonical JSON; its external ID is {@code run-i}. */
    String message(int i, String run) {
        int customer = i % senders;
        int order = 40_000 + customer;
        String channel = CHANNELS[customer % CHANNELS.length];
        String handle = switch (channel) {
            case "EMAIL" -> "bench" + customer + "." + run + "@example.com";
            case "SMS", "WHATSAPP" -> String.format(Locale.ROOT, "+1628%03d%04d", 220 + (customer / 10_000) % 70, customer % 10_000);
            default -> "visitor-" + customer + "-" + run;
        };
        JsonObjectBuilder json = Json.createObjectBuilder().add("channel", channel).add("externalId", run + "-" + i)
                .add("from", Json.createObjectBuilder().add("handle", handle).add("name", "Customer " + customer))
                .add("text", String.format(Locale.ROOT, TEXTS[i % TEXTS.length], i, order));
        if (channel.equals("EMAIL")) {
            json.add("subject", String.format(Locale.ROOT, SUBJECTS[(i / CHANNELS.length) % SUBJECTS.length], order));
        }
        return json.build().toString();
    }
}
