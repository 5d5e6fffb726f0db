package io.threadline.assist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A visitor's chat question the bot answered with articles (or found none for), identified as the widget knows the
 * message: visitor id and message id, so that a message the widget sends again is answered once.
 */
@Entity
@Table(name = "BOT_OFFER", uniqueConstraints = @UniqueConstraint(name = "UQ_BOT_OFFER_MESSAGE", columnNames = {"VISITOR_ID", "MESSAGE_ID"}),
        indexes = {@Index(name = "IX_BOT_OFFER_OUTCOME", columnList = "OUTCOME, OFFERED_AT"),
                @Index(name = "IX_BOT_OFFER_OFFERED", columnList = "OFFERED_AT"), @Index(name = "IX_BOT_OFFER_ENDED", columnList = "ENDED_AT")})
@NamedQuery(name = "BotOffer.of", query = "SELECT o FROM BotOffer o WHERE o.visitorId = :visitor AND o.messageId = :message")
@NamedQuery(name = "BotOffer.open", query = "SELECT o FROM BotOffer o WHERE o.visitorId = :visitor"
        + " AND o.outcome = io.threadline.assist.BotOutcome.OFFERED ORDER BY o.offeredAt DESC")
@NamedQuery(name = "BotOffer.toAPersonUnrecorded", query = "SELECT o.id FROM BotOffer o WHERE o.visitorId = :visitor"
        + " AND o.outcome IN (io.threadline.assist.BotOutcome.HANDED_OVER, io.threadline.assist.BotOutcome.NO_SUGGESTION)"
        + " AND o.conversationId IS NULL AND o.endedAt > :since")
@NamedQuery(name = "BotOffer.abandon", query = "UPDATE BotOffer o SET o.outcome = io.threadline.assist.BotOutcome.ABANDONED,"
        + " o.endedAt = :now WHERE o.outcome = io.threadline.assist.BotOutcome.OFFERED AND o.offeredAt < :before")
public class BotOffer {

    @Id
    @SequenceGenerator(name = "BotOfferSeq", sequenceName = "BOT_OFFER_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "BotOfferSeq")
    private Long id;

    @Column(name = "VISITOR_ID", length = 40, nullable = false)
    private String visitorId;

    @Column(name = "MESSAGE_ID", length = 100, nullable = false)
    private String messageId;

    @Column(name = "QUESTION", length = 5000, nullable = false)
    private String question;

    @Column(name = "LANGUAGE", length = 8)
    private String language;

    /** The articles shown, in their order, comma-separated. */
    @Column(name = "ARTICLE_IDS", length = 200)
    private String articleIds;

    @Enumerated(EnumType.STRING)
    @Column(name = "OUTCOME", length = 16, nullable = false)
    private BotOutcome outcome;

    @Column(name = "OFFERED_AT", nullable = false)
    private Instant offeredAt;

    @Column(name = "ENDED_AT")
    private Instant endedAt;

    /** The conversation the question opened or joined, once handed over and recorded. */
    @Column(name = "CONVERSATION_ID")
    private Long conversationId;

    @Version
    @Column(name = "VERSION")
    private Long version;

    protected BotOffer() {
    }

    BotOffer(String visitorId, String messageId, String question, String language, List<Long> articles, Instant at) {
        this.visitorId = visitorId;
        this.messageId = messageId;
        this.question = question;
        this.language = language;
        this.articleIds = articles.isEmpty() ? null : articles.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.outcome = articles.isEmpty() ? BotOutcome.NO_SUGGESTION : BotOutcome.OFFERED;
        this.offeredAt = at;
        this.endedAt = articles.isEmpty() ? at : null;
    }

    void end(BotOutcome how, Instant at) {
        outcome = how;
        endedAt = at;
    }

    void recordedIn(long conversation) {
        conversationId = conversation;
    }

    public List<Long> getArticleIds() {
        return articleIds == null ? List.of() : Arrays.stream(articleIds.split(",")).map(Long::valueOf).toList();
    }

    public String getVisitorId() {
        return visitorId;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getQuestion() {
        return question;
    }

    public String getLanguage() {
        return language;
    }

    public BotOutcome getOutcome() {
        return outcome;
    }

    public Long getConversationId() {
        return conversationId;
    }
}
