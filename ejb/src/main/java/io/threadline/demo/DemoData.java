package io.threadline.demo;

import io.threadline.channel.InboundProcessor;
import io.threadline.composer.CannedResponse;
import io.threadline.erp.ErpInbox;
import io.threadline.identity.Customer;
import io.threadline.identity.CustomerMergeService;
import io.threadline.identity.IdentityNormalizer;
import io.threadline.identity.IdentityService;
import io.threadline.knowledge.ArticleContent;
import io.threadline.knowledge.KnowledgeBase;
import io.threadline.shared.Actor;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
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
import java.util.List;
import java.util.logging.Logger;

/**
 * Seeds a small, believable set of customers on the first start of an empty database (crm.demo.seed),
 * through the same processing path real messages take. Sarah wrote on Instagram, then by email, then
 * called; an agent merged her three profiles into one. The ERP knew Sarah and Helen before they wrote (orders, a parcel
 * in transit, Helen a VIP by her lifetime value), and a store associate noted Sarah's visit. The team gets a few shared
 * canned responses.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
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

    @EJB
    private ErpInbox erp;

    @EJB
    private KnowledgeBase knowledge;

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
        erpRecords();
        sarah();
        others();
        storeVisit();
        cannedResponses();
        helpArticles();
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

    /** The help center's first articles, two of them also in German. */
    private void helpArticles() {
        long returns = article("How to return an item", "Returns", "en", List.of("returns", "label"), null, """
                You can send back anything you bought within **30 days**, unworn and with its tags.

                1. Open the order in your account and choose *Return items*.
                2. Print the prepaid return label, or show the QR code at the post office.
                3. Pack the items in their box and drop the parcel at any post office.

                The refund follows within 5 working days of the parcel's arrival.""");
        article("Rücksendung eines Artikels", "Rücksendungen", "de", List.of("retoure"), returns, """
                Sie können alles innerhalb von **30 Tagen** zurückschicken, ungetragen und mit Etikett.

                1. Öffnen Sie die Bestellung in Ihrem Konto und wählen Sie *Artikel zurücksenden*.
                2. Drucken Sie das Rücksendeetikett aus oder zeigen Sie den QR-Code bei der Post.
                3. Geben Sie das Paket bei einer Postfiliale ab.

                Die Erstattung folgt innerhalb von 5 Werktagen nach Eingang.""");
        article("When will I get my refund?", "Returns", "en", List.of("refund", "money"), null, """
                Once the warehouse receives your parcel, the money goes back to the card or account you paid with within
                5 working days. Store credit is available at once.""");
        long tracking = article("Track your parcel", "Shipping", "en", List.of("tracking", "delivery"), null, """
                Where is my parcel? The shipping confirmation email has a tracking link; the carrier updates it every
                few hours. No update for three days? [Write to us](mailto:help@example.com) with your order number.""");
        article("Sendungsverfolgung", "Versand", "de", List.of("paket"), tracking, """
                Wo ist mein Paket? Die Versandbestätigung enthält einen Link zur Sendungsverfolgung; der Paketdienst
                aktualisiert ihn alle paar Stunden.""");
        article("Shipping times and costs", "Shipping", "en", List.of("delivery"), null, """
                Standard delivery takes 3 to 5 working days, express the next working day. Orders over 50 EUR ship free.""");
        article("Reset your password", "Account", "en", List.of("login", "password"), null, """
                Forgot your password? On the sign-in page choose *Forgot password*: we email you a link to set a new one.
                The link works for one hour.""");
        article("Payment methods", "Payment", "en", List.of("paypal", "cards"), null, """
                We take Visa, Mastercard, American Express, PayPal and bank transfer.""");
    }

    private long article(String title, String category, String language, List<String> tags, Long translationOf,
                         String body) {
        return knowledge.create(new ArticleContent.Fields(title, body, language, category, tags, "published", translationOf),
                new Actor("system", true)).id();
    }

    private void canned(String title, String shortcut, String body) {
        em.persist(new CannedResponse(null, title, shortcut, body, "system"));
    }

    private void sarah() {
        message("INSTAGRAM", "demo-ig-1", "17841400000000042", "Sarah Lee", null,
                "Hi! My order SO-48213 arrived with the wrong size. Can I swap it for a medium?", ago(3, 10));
        message("EMAIL", "demo-mail-1@example.com", "sarah.lee@example.com", "Sarah Lee", "Wrong size in order SO-48213",
                "Hello,\n\nI wrote on Instagram on Monday about order SO-48213 (size L instead of M). "
                        + "Could you send me a return label?\n\nThanks,\nSarah Lee\n+1 415 555 0142", ago(2, 8));
        message("PHONE", "demo-call-1", "+14155550142", "Sarah Lee", null,
                "Call, 4 min. Customer asked about the return label for order SO-48213; not received yet.", ago(1, 4));

        Customer byEmail = customer("EMAIL", "sarah.lee@example.com");
        merges.merge(byEmail.getId(), customer("INSTAGRAM", "17841400000000042").getId(), "alice");
        merges.merge(byEmail.getId(), customer("PHONE", "+14155550142").getId(), "alice");
    }

    private void others() {
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

    /**
     * What the ERP knows before anyone writes, as it sends it on jms/crm/ErpQueue: Sarah's and Helen's customer numbers
     * and orders (Sarah's exchange is in transit); Helen's lifetime value makes her a VIP.
     */
    private void erpRecords() {
        erpCustomer("C-10017", "Sarah", "Lee", null, "Regular", "sarah.lee@example.com", ago(40, 0));
        erpOrder("SO-47102", "C-10017", "delivered", ago(38, 2), "EUR", line("TEE-NVY-M", "Organic tee, navy, M", 2, "19.50"),
                line("SCK-3P", "Socks, 3 pairs", 1, "14.00"));
        erpOrder("SO-48213", "C-10017", "delivered", ago(6, 3), "EUR", line("SHR-LIN-L", "Linen shirt, size L", 1, "59.00"));
        erpOrder("SO-48377", "C-10017", "shipped", ago(1, 2), "EUR", line("SHR-LIN-M", "Linen shirt, size M (exchange)", 1, "0.00"));
        erpMessage("shipment.update", ago(0, 9), Json.createObjectBuilder().add("orderNumber", "SO-48377").add("carrier", "DHL")
                .add("trackingNumber", "00340434161094042557")
                .add("trackingUrl", "https://www.dhl.com/track?tracking-id=00340434161094042557")
                .add("status", "in_transit").add("estimatedDelivery", now.plus(Duration.ofDays(2)).toString()));

        erpCustomer("C-20003", "Helen", "Park", "Northwind Traders", "B2B", "helen.park@northwind.example", ago(300, 0));
        erpOrder("SO-45990", "C-20003", "delivered", ago(120, 4), "EUR", line("DSK-OAK", "Oak standing desk", 4, "800.00"));
        erpOrder("SO-47310", "C-20003", "delivered", ago(45, 1), "EUR", line("CHR-ERG", "Ergonomic chair", 5, "490.00"));
        erpOrder("SO-48450", "C-20003", "paid", ago(0, 20), "EUR", line("LMP-LED", "LED desk lamp", 8, "122.50"));
    }

    /** A store associate's note about Sarah at the counter, which joins her conversation. */
    private void storeVisit() {
        erpMessage("store.interaction", ago(1, 3), Json.createObjectBuilder().add("storeId", "SF-02")
                .add("storeName", "San Francisco Union Square").add("associate", "Dana").add("customerNumber", "C-10017")
                .add("kind", "note").add("text", "Tried the shirt in M, it fits. Exchange ordered as SO-48377; she still needs the"
                        + " return label for the L."));
    }

    private void erpCustomer(String number, String first, String last, String company, String segment, String email,
                             Instant at) {
        JsonObjectBuilder data = Json.createObjectBuilder().add("customerNumber", number).add("firstName", first)
                .add("lastName", last).add("segment", segment).add("emails", Json.createArrayBuilder().add(email));
        if (company != null) {
            data.add("companyName", company);
        }
        erpMessage("customer.upsert", at, data);
    }

    private void erpOrder(String number, String customerNumber, String status, Instant placedAt, String currency,
                          JsonObjectBuilder... lines) {
        jakarta.json.JsonArrayBuilder items = Json.createArrayBuilder();
        java.math.BigDecimal total = java.math.BigDecimal.ZERO;
        for (JsonObjectBuilder line : lines) {
            jakarta.json.JsonObject built = line.build();
            total = total.add(new java.math.BigDecimal(built.getString("price")).multiply(
                    java.math.BigDecimal.valueOf(built.getInt("quantity"))));
            items.add(built);
        }
        erpMessage("order.upsert", placedAt.plusSeconds(60), Json.createObjectBuilder().add("orderNumber", number)
                .add("customerNumber", customerNumber).add("status", status).add("placedAt", placedAt.toString())
                .add("currency", currency).add("total", total.toPlainString()).add("lines", items));
    }

    private static JsonObjectBuilder line(String sku, String name, int quantity, String price) {
        return Json.createObjectBuilder().add("sku", sku).add("name", name).add("quantity", quantity).add("price", price);
    }

    private void erpMessage(String type, Instant at, JsonObjectBuilder data) {
        erp.process(Json.createObjectBuilder().add("type", type).add("id", "demo-" + type + "-" + at.toEpochMilli())
                .add("occurredAt", at.toString()).add("data", data).build().toString(), at.plusSeconds(1));
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
