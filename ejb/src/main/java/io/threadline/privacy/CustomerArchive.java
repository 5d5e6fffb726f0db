package io.threadline.privacy;

import io.threadline.conversation.AttachmentStore;
import io.threadline.conversation.TimelineQueries;
import io.threadline.erp.CustomerOrders;
import io.threadline.identity.CustomerDirectory;
import io.threadline.identity.CustomerView;
import io.threadline.identity.IdentityType;
import io.threadline.identity.MergeRecords;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Everything held about a customer, as a ZIP archive a machine can read: {@code customer.json} (the profile with
 * identities, conversations and ERP data), {@code timeline.json} (every entry with its full text and the original of
 * an email), {@code orders.json}, {@code merges.json}, {@code chat-visitors.json} (pre-chat forms) and
 * {@code files/<id>-<name>} for each stored file (the entry's attachment {@code url} ends in that id). Read in one
 * transaction, so the parts agree with each other.
 */
@Stateless
public class CustomerArchive {

    static final String README = """
            Everything Threadline holds about customer %d, exported %s for privacy request %d.

            customer.json       the profile: name, tier, identities (email, phone, chat, social, ERP), conversations, ERP data
            timeline.json       every message, call, note, order and event, oldest first, with full texts and email originals
            orders.json         ERP orders with their lines and shipments
            merges.json         customers merged into this one, and undone merges
            chat-visitors.json  what the customer typed into the chat widget's pre-chat form
            files/              the files stored with timeline entries, named <id>-<name>; an attachment's url ends in its id
            """;

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withFormatting(true));

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private CustomerDirectory directory;

    @EJB
    private TimelineQueries timelines;

    @EJB
    private CustomerOrders orders;

    @EJB
    private MergeRecords merges;

    @EJB
    private AttachmentStore files;

    public void write(PrivacyRequestView request, OutputStream out) throws IOException {
        long customerId = request.customer();
        CustomerView profile = directory.profile(customerId).orElseThrow(() -> new NotFoundException("Customer", customerId));
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        text(zip, "README.txt", README.formatted(customerId, Instant.now(), request.id()));
        text(zip, "customer.json", JSON.toJson(profile));
        text(zip, "timeline.json", JSON.toJson(timelines.timelineOf(customerId)));
        text(zip, "orders.json", JSON.toJson(orders.orders(customerId, Integer.MAX_VALUE)));
        text(zip, "merges.json", JSON.toJson(merges.mergesInto(customerId)));
        text(zip, "chat-visitors.json", chatVisitors(profile));
        for (Long contentId : storedFiles(customerId)) {
            AttachmentStore.StoredFile file = files.find(contentId).orElse(null);
            if (file != null) {
                zip.putNextEntry(new ZipEntry("files/" + contentId + "-" + file.name().replaceAll("[/\\\\:*?\"<>|]", "_")));
                zip.write(file.content());
                zip.closeEntry();
            }
        }
        zip.finish();
    }

    private List<Long> storedFiles(long customerId) {
        return em.createQuery("SELECT DISTINCT a.contentId FROM TimelineEntry e JOIN e.attachments a"
                + " WHERE e.customer.id = :customerId AND a.contentId IS NOT NULL", Long.class)
                .setParameter("customerId", customerId).getResultList();
    }

    private String chatVisitors(CustomerView profile) {
        List<String> visitors = profile.identities().stream().filter(i -> i.type().equals(IdentityType.CHAT.name()))
                .map(CustomerView.IdentityView::value).toList();
        JsonArrayBuilder forms = Json.createArrayBuilder();
        if (!visitors.isEmpty()) {
            for (Object[] row : em.createQuery("SELECT v.visitorId, v.name, v.email, v.createdAt, v.lastSeenAt FROM ChatVisitor v"
                    + " WHERE v.visitorId IN :visitors ORDER BY v.createdAt", Object[].class).setParameter("visitors", visitors)
                    .getResultList()) {
                forms.add(Json.createObjectBuilder().add("visitorId", (String) row[0]).add("name", orNull(row[1]))
                        .add("email", orNull(row[2])).add("firstSeenAt", orNull(row[3])).add("lastSeenAt", orNull(row[4])));
            }
        }
        return forms.build().toString();
    }

    private static JsonValue orNull(Object value) {
        return value == null ? JsonValue.NULL : Json.createValue(value.toString());
    }

    private static void text(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
