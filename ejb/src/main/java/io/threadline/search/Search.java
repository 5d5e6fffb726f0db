package io.threadline.search;

import io.threadline.conversation.Conversation;
import io.threadline.conversation.ConversationStatus;
import io.threadline.conversation.EntryType;
import io.threadline.conversation.TimelineEntry;
import io.threadline.identity.Customer;
import io.threadline.identity.IdentityNormalizer;
import io.threadline.identity.NameKey;
import io.threadline.search.SearchQuery.Group;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Searches customers (name, any identity: an email or handle in part, a phone number in any format a person types),
 * conversations (subject) and message text (messages, call transcripts and internal notes; not system entries).
 * Matching is case-insensitive and finds the text anywhere, on lower-cased columns kept beside the originals
 * (Customer.NAME_KEY, Conversation.SUBJECT_KEY, TimelineEntry.SEARCH_TEXT). Merged-away customers are not listed:
 * their survivor is.
 */
@Stateless
public class Search {

    private static final String ESCAPE = " ESCAPE '\\'";
    private static final int SHOWN_IDENTITIES = 3;

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @Inject
    private IdentityNormalizer normalizer;

    public SearchResults search(SearchQuery query) {
        return new SearchResults(query.text(),
                query.wants(Group.CUSTOMERS) ? customers(query) : SearchResults.Page.empty(),
                query.wants(Group.CONVERSATIONS) ? conversations(query) : SearchResults.Page.empty(),
                query.wants(Group.MESSAGES) ? messages(query) : SearchResults.Page.empty());
    }

    private SearchResults.Page<SearchResults.CustomerHit> customers(SearchQuery query) {
        String text = query.text();
        String nameKey = NameKey.of(text);
        StringBuilder identityMatch = new StringBuilder("LOWER(i.value) LIKE :value" + ESCAPE);
        Optional<String> phone = phone(text);
        phone.ifPresent(p -> identityMatch.append(" OR i.value = :phone"));
        Optional<String> digits = digitsOfAPartialNumber(text);
        digits.ifPresent(d -> identityMatch.append(" OR i.value LIKE :digits"));
        // A join rather than "c.id IN (subquery)", which Derby runs once per customer. Every customer has an identity.
        TypedQuery<Customer> found = em.createQuery("SELECT DISTINCT c FROM Identity i JOIN i.customer c WHERE c.mergedInto IS NULL"
                + " AND (c.nameKey LIKE :name" + ESCAPE + " OR " + identityMatch + ") ORDER BY c.nameKey, c.id", Customer.class)
                .setParameter("name", query.containsPattern(nameKey == null ? "" : nameKey))
                .setParameter("value", query.containsPattern(text.toLowerCase(Locale.ROOT)));
        phone.ifPresent(p -> found.setParameter("phone", p));
        digits.ifPresent(d -> found.setParameter("digits", "%" + d + "%"));
        return page(found, query, Group.CUSTOMERS, this::customerHit);
    }

    private SearchResults.CustomerHit customerHit(Customer c) {
        List<SearchResults.Identity> identities = em.createNamedQuery("Identity.ofCustomer", io.threadline.identity.Identity.class)
                .setParameter("customerId", c.getId()).getResultStream()
                .map(i -> new SearchResults.Identity(i.getType().name(), i.getValue())).toList();
        long open = em.createQuery("SELECT COUNT(v) FROM Conversation v WHERE v.customer = :customer AND v.status <> :resolved", Long.class)
                .setParameter("customer", c).setParameter("resolved", ConversationStatus.RESOLVED).getSingleResult();
        Long latest = em.createQuery("SELECT v.id FROM Conversation v WHERE v.customer = :customer ORDER BY v.lastActivityAt DESC", Long.class)
                .setParameter("customer", c).setMaxResults(1).getResultStream().findFirst().orElse(null);
        return new SearchResults.CustomerHit(c.getId(), c.label(), c.getTier().name(),
                identities.subList(0, Math.min(SHOWN_IDENTITIES, identities.size())), identities.size(), open, latest);
    }

    private SearchResults.Page<SearchResults.ConversationHit> conversations(SearchQuery query) {
        TypedQuery<Conversation> found = em.createQuery("SELECT v FROM Conversation v JOIN FETCH v.customer"
                        + " WHERE v.subjectKey LIKE :subject" + ESCAPE + " ORDER BY v.lastActivityAt DESC, v.id DESC", Conversation.class)
                .setParameter("subject", query.containsPattern(query.text().toLowerCase(Locale.ROOT)));
        return page(found, query, Group.CONVERSATIONS, v -> new SearchResults.ConversationHit(v.getId(), v.getSubject(),
                v.getStatus().name(), v.getStartedOn().name(), v.getCustomer().getId(), v.getCustomer().label(),
                v.getAssignee(), v.getLastActivityAt()));
    }

    private SearchResults.Page<SearchResults.MessageHit> messages(SearchQuery query) {
        TypedQuery<TimelineEntry> found = em.createQuery("SELECT e FROM TimelineEntry e JOIN FETCH e.customer"
                        + " WHERE e.searchText LIKE :text" + ESCAPE + " AND e.type <> :system"
                        + " ORDER BY e.occurredAt DESC, e.id DESC", TimelineEntry.class)
                .setParameter("text", query.containsPattern(query.text().toLowerCase(Locale.ROOT)))
                .setParameter("system", EntryType.SYSTEM);
        return page(found, query, Group.MESSAGES, e -> new SearchResults.MessageHit(e.getId(),
                e.getConversation() == null ? null : e.getConversation().getId(), e.getCustomer().getId(),
                e.getCustomer().label(), e.getType().name(), e.getChannel() == null ? null : e.getChannel().name(),
                e.getDirection().name(), e.getAuthor(), e.getOccurredAt(), snippet(e, query.text())));
    }

    private static SearchResults.Snippet snippet(TimelineEntry e, String searched) {
        boolean inText = e.getText() != null && e.getText().toLowerCase(Locale.ROOT).contains(searched.toLowerCase(Locale.ROOT));
        return Snippets.around(inText || e.getSubject() == null ? e.getText() : e.getSubject(), searched);
    }

    private <E, H> SearchResults.Page<H> page(TypedQuery<E> query, SearchQuery search, Group group, Function<E, H> hit) {
        int offset = search.offsetIn(group);
        List<E> rows = query.setFirstResult(offset).setMaxResults(search.limit() + 1).getResultList();
        boolean more = rows.size() > search.limit();
        return new SearchResults.Page<>(rows.stream().limit(search.limit()).map(hit).toList(), offset, more);
    }

    /** The text as a phone number in E.164, when it is one (in any format, national ones in the default region). */
    private Optional<String> phone(String text) {
        if (text.chars().filter(Character::isDigit).count() < 6) {
            return Optional.empty();
        }
        try {
            return Optional.of(normalizer.phone(text, "q").value());
        } catch (RuntimeException notAPhoneNumber) {
            return Optional.empty();
        }
    }

    /** The digits of a partly typed phone number ("555-0142"), when the text is only that; matched anywhere in E.164. */
    private static Optional<String> digitsOfAPartialNumber(String text) {
        String digits = text.replaceAll("[^0-9]", "");
        return digits.length() >= 4 && text.matches("[0-9+()\\-./ ]+") ? Optional.of(digits) : Optional.empty();
    }
}
