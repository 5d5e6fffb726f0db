package io.threadline.csat;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** How satisfied the customer said they were with a conversation: a score from 1 (poor) to 5 (great), maybe a comment. */
@Embeddable
public class CsatRating {

    public static final int MAX_COMMENT = 2000;

    @Column(name = "CSAT_SCORE")
    private Integer score;

    @Column(name = "CSAT_COMMENT", length = MAX_COMMENT)
    private String comment;

    @Column(name = "CSAT_AT")
    private Instant at;

    protected CsatRating() {
    }

    public CsatRating(int score, String comment, Instant at) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("A CSAT score is 1 to 5, not " + score);
        }
        this.score = score;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.at = at;
    }

    /** The same rating without its comment, the customer's own words (retention). */
    public CsatRating withoutComment() {
        return new CsatRating(score, null, at);
    }

    public int score() {
        return score;
    }

    public String comment() {
        return comment;
    }

    public Instant at() {
        return at;
    }
}
