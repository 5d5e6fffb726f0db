package io.threadline.demo;

import io.threadline.channel.InboundProcessor;
import io.threadline.composer.CannedResponse;
import io.threadline.identity.Customer;
import io.threadline.identity.CustomerMergeService;
import io.threadline.identity.CustomerTier;
import io.threadline.identity.IdentityNormalizer;
import io.threadline.identity.IdentityService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;

/**
 * Seeds a small, believable set of customers on the first start of an empty database (crm.demo.seed),
 * through the same processing path real messages take. Sarah wrote on Instagram, then by email, then
 * called; an agent merged her three profiles into one. The team gets a few shared canned responses.
 */
@Singleton
@Startup
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private InboundProcessor inbound;

    @EJB
    private IdentityService identities;

    @EJB
    private CustomerMergeService merges;

    @Inject
    private IdentityNormalizer normalizer;

    @Inject
    @ConfigProperty(name = "crm.demo.seed", defaultValue = "true")
    boolean seed;

    private Instant now;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void seedIfEmpty() {
        if (!seed || em.createNamedQuery("Customer.count", Long.class).getSingleResult() > 0) {
            return;
        }
        now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        sarah();
        others();
        cannedResponses();
        LOG.info("Seeded the demo customers (crm.demo.seed=true, empty database)");
    }

    /** The team's shared canned responses. */
    private void cannedResponses() {
        canned("Return label on its way", "label", "Hi {{customer.firstName}},\n\nI have just sent your prepaid return label"
                + " to your email address. Drop the parcel at any post office within 14 days; the refund follows within"
                + " 5 working days of its arrival.\n\nBest regards,\n{{agent.name}}");
        canned("Looking into it", "checking", "Hi {{customer.firstName}}, thanks for your patience. I am looking into"
                + " \"{{conversation.subject}}\" now and will get back to you today.\n\n{{agent.firstName}}");
        canned("Order status", "order", "Hi {{customer.firstName}},\n\nYour order has left our warehouse and is with the carrier."
                + " You will get the tracking link by email as soon as the carrier scans it.\n\nBest regards,\n{{agent.name}}");
        canned("Anything else?", "close", "Is there anything else I can help you with, {{customer.firstName}}? If not,"
                + " I will close this conversation; just write back if something comes up.\n\n{{agent.firstName}}");
    }

    private void canned(String title, String shortcut, String body) {
        em.persist(new CannedResponse(null, title, shortcut, body, "system"));
    }

    private void sarah() {
        message("INSTAGRAM", "demo-ig-1", "17841400000000042", "Sarah Lee", null,
                "Hi! My order #48213 arrived with the wrong size. Can I swap it for a medium?", ago(3, 10));
        message("EMAIL", "demo-mail-1@example.com", "sarah.lee@example.com", "Sarah Lee", "Wrong size in order #48213",
                "Hello,\n\nI wrote on Instagram on Monday about order #48213 (size L instead of M). "
                        + "Could you send me a return label?\n\nThanks,\nSarah Lee\n+1 415 555 0142", ago(2, 8));
        message("PHONE", "demo-call-1", "+14155550142", "Sarah Lee", null,
                "Call, 4 min. Customer asked about the return label for order #48213; not received yet.", ago(1, 4));

        Customer byEmail = customer("EMAIL", "sarah.lee@example.com");
        merges.merge(byEmail.getId(), customer("INSTAGRAM", "17841400000000042").getId(), "alice");
        merges.merge(byEmail.getId(), customer("PHONE", "+14155550142").getId(), "alice");
    }

    private void others() {
        Customer helen = identities.resolve(normalizer.email("helen.park@northwind.example", "seed"), "Helen Park",
                "EMAIL", ago(1, 0));
        helen.setTier(CustomerTier.VIP);
        message("EMAIL", "demo-mail-2@northwind.example", "helen.park@northwind.example", "Helen Park",
                "Invoice 2026-118 charged twice", "Our card was charged twice for invoice 2026-118. Please refund one of them today.",
                ago(0, 2));
        message("WHATSAPP", "demo-wa-1", "whatsapp:+393471234567", "Marco Rossi", null,
                "Buongiorno, is the store in Milan open on Sunday?", ago(0, 5));
        message("SMS", "demo-sms-1", "+442071838750", "Priya Shah", null,
                "Can I change the delivery address for order 50117? I'm away next week.", ago(0, 1));
        message("CHAT", "demo-chat-1", "visitor-8f2c1d", "Tom", null,
                "Do you ship to Canada, and how long does it take?", ago(0, 0));
    }

    private void message(String channel, String externalId, String handle, String name, String subject, String text, Instant at) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("channel", channel).add("externalId", externalId)
                .add("from", Json.createObjectBuilder().add("handle", handle).add("name", name))
                .add("text", text).add("sentAt", at.toString());
        if (subject != null) {
            json.add("subject", subject);
        }
        inbound.process(json.build().toString(), at.plusSeconds(2));
    }

    private Customer customer(String channel, String handle) {
        return identities.find(normalizer.forChannel(io.threadline.shared.Channel.valueOf(channel), handle, "seed"))
                .orElseThrow().getCustomer();
    }

    private Instant ago(int days, int hours) {
        return now.minus(Duration.ofDays(days)).minus(Duration.ofHours(hours)).minus(Duration.ofMinutes(7));
    }
}
