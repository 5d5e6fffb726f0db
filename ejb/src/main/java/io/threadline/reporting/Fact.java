package io.threadline.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** One figure of one run: how many ({@code N}) and, where the measure has one, their sum ({@code TOTAL}). */
@Entity
@Table(name = "ANALYTICS_FACT", indexes = @Index(name = "IX_ANALYTICS_FACT_DAY", columnList = "FACT_DAY, MEASURE"))
public class Fact {

    @EmbeddedId
    private FactKey key;

    @Column(name = "N", nullable = false)
    private long n;

    @Column(name = "TOTAL", nullable = false)
    private long total;

    protected Fact() {
    }

    Fact(FactKey key) {
        this.key = key;
    }

    void add(long count, long sum) {
        n += count;
        total += sum;
    }
}
