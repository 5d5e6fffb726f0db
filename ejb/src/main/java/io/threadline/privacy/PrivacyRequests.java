package io.threadline.privacy;

import io.threadline.audit.AuditLog;
import io.threadline.conversation.ConversationService;
import io.threadline.identity.Customer;
import io.threadline.shared.ConflictException;
import io.threadline.shared.InvalidInputException;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Customers' requests about their data (GDPR articles 15 and 17, CCPA): an export is recorded and its archive made
 * on download ({@link CustomerArchive}); an erasure anonymizes the customer for good at once, as retention would,
 * with the reason and who approved it. Every request is recorded, and in the audit log.
 */
@Stateless
public class PrivacyRequests {

    static final String AUTHOR = "privacy";
    public static final int MAX_PAGE = 200;

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private Anonymization anonymization;

    @EJB
    private ConversationService conversations;

    @EJB
    private AuditLog audit;

    /** Records a request for everything held about the customer; the archive is then downloaded by the request's id. */
    public PrivacyRequestView export(long customerId, String reason, String requestedBy) {
        String why = required("reason", reason, PrivacyRequest.MAX_REASON);
        Customer customer = current(em.find(Customer.class, customerId), customerId, "export");
        PrivacyRequest request = record(PrivacyRequest.Type.EXPORT, customer, why, requestedBy, null);
        request.answered("Archive of everything held about customer " + customerId + ", made on each download");
        audit.record(requestedBy, "PRIVACY_EXPORT", "customer", String.valueOf(customerId), null,
                Json.createObjectBuilder().add("request", request.getId()).build());
        return request.view();
    }

    /**
     * Erases the customer now: anonymized for good with every customer merged into them, a system entry on their
     * timeline, the request and the audit entry name who asked and who approved. A customer already anonymized, or
     * merged into another (erase that one), is refused.
     */
    public PrivacyRequestView erase(long customerId, String reason, String approvedBy, String requestedBy) {
        String why = required("reason", reason, PrivacyRequest.MAX_REASON);
        String approver = required("approvedBy", approvedBy, PrivacyRequest.MAX_NAME);
        Customer customer = current(em.find(Customer.class, customerId, LockModeType.PESSIMISTIC_WRITE), customerId, "erase");
        PrivacyRequest request = record(PrivacyRequest.Type.ERASURE, customer, why, requestedBy, approver);
        Anonymization.Survey survey = anonymization.survey(customer);
        String erased = "Erased on request (privacy request " + request.getId() + ")";
        anonymization.apply(survey, erased);
        conversations.recordSystem(customer, AUTHOR, erased + ", approved by " + approver
                + ": name, identities, texts and files removed for good (" + survey.described() + ").", Instant.now());
        audit.record(requestedBy, "ERASED", "customer", String.valueOf(customerId), null, Json.createObjectBuilder(survey.counts())
                .add("request", request.getId()).add("approvedBy", approver).build());
        request.answered("Erased: " + survey.described());
        return request.view();
    }

    /** The newest requests, of one customer when given. */
    public List<PrivacyRequestView> newest(Long customerId, int limit) {
        TypedQuery<PrivacyRequest> query = em.createQuery("SELECT r FROM PrivacyRequest r"
                + (customerId == null ? "" : " WHERE r.customerId = :customerId") + " ORDER BY r.id DESC", PrivacyRequest.class);
        if (customerId != null) {
            query.setParameter("customerId", customerId);
        }
        return query.setMaxResults(Math.max(1, Math.min(limit, MAX_PAGE))).getResultStream().map(PrivacyRequest::view).toList();
    }

    public Optional<PrivacyRequestView> find(long requestId) {
        return Optional.ofNullable(em.find(PrivacyRequest.class, requestId)).map(PrivacyRequest::view);
    }

    private PrivacyRequest record(PrivacyRequest.Type type, Customer customer, String reason, String requestedBy,
                                  String approvedBy) {
        PrivacyRequest request = new PrivacyRequest(type, customer.getId(), reason, requestedBy, approvedBy, Instant.now());
        em.persist(request);
        em.flush();
        return request;
    }

    private static Customer current(Customer customer, long customerId, String verb) {
        if (customer == null) {
            throw new NotFoundException("Customer", customerId);
        }
        if (customer.getMergedInto() != null) {
            throw new ConflictException("Customer " + customerId + " was merged into customer " + customer.getMergedInto()
                    + "; " + verb + " that one, which holds both");
        }
        if (customer.isAnonymized() && verb.equals("erase")) {
            throw new ConflictException("Customer " + customerId + " was anonymized at " + customer.getAnonymizedAt()
                    + "; nothing is left to erase");
        }
        return customer;
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new InvalidInputException(field, "may be at most " + max + " characters");
        }
        return text;
    }
}
