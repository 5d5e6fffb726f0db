package io.threadline.csat;

import io.threadline.conversation.Conversation;
import io.threadline.shared.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.time.Instant;

/** The survey of one conversation: at most one per conversation (unique), found by the hash of its link's token. */
@Entity
@Table(name = "CSAT_SURVEY", uniqueConstraints = {
        @UniqueConstraint(name = "UQ_CSAT_SURVEY_CONVERSATION", columnNames = "CONVERSATION_ID"),
        @UniqueConstraint(name = "UQ_CSAT_SURVEY_TOKEN", columnNames = "TOKEN_HASH")})
@NamedQuery(name = "CsatSurvey.ofConversation", query = "SELECT s FROM CsatSurvey s WHERE s.conversation.id = :conversationId")
@NamedQuery(name = "CsatSurvey.byToken", query = "SELECT s FROM CsatSurvey s WHERE s.tokenHash = :tokenHash")
@NamedQuery(name = "CsatSurvey.newestOfCustomer", query = "SELECT s FROM CsatSurvey s WHERE s.customerId = :customerId"
        + " AND s.sentAt > :since ORDER BY s.sentAt DESC, s.id DESC")
public class CsatSurvey {

    @Id
    @SequenceGenerator(name = "CsatSurveySeq", sequenceName = "CSAT_SURVEY_SEQ", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "CsatSurveySeq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "CONVERSATION_ID", nullable = false)
    private Conversation conversation;

    /** The conversation's id, for queries that need no more of it than that (the reports'), without a join. */
    @Column(name = "CONVERSATION_ID", insertable = false, updatable = false)
    private Long conversationId;

    /** Whose answer counts: the customer the conversation was with when the survey went out. */
    @Column(name = "CUSTOMER_ID", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL", length = 20, nullable = false)
    private Channel channel;

    @Column(name = "TOKEN_HASH", length = 64, nullable = false)
    private String tokenHash;

    @Column(name = "SENT_AT", nullable = false)
    private Instant sentAt;

    @Column(name = "ANSWERED_AT")
    private Instant answeredAt;

    protected CsatSurvey() {
    }

    CsatSurvey(Conversation conversation, Channel channel, String token) {
        this.conversation = conversation;
        this.customerId = conversation.getCustomer().getId();
        this.channel = channel;
        this.tokenHash = CsatToken.hash(token);
        this.sentAt = Instant.now();
    }

    void answered(Instant at) {
        answeredAt = at;
    }

    boolean isAnswered() {
        return answeredAt != null;
    }

    Conversation getConversation() {
        return conversation;
    }
}
