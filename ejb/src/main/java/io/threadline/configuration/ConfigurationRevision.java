package io.threadline.configuration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One row whose number goes up with every configuration change. Writers lock it, so changes happen one after the
 * other (positions shift without races); readers compare it with the number their parsed copy was made from.
 */
@Entity
@Table(name = "CONFIG_REVISION")
public class ConfigurationRevision {

    static final int ONLY = 1;

    @Id
    @Column(name = "ID")
    private int id = ONLY;

    @Column(name = "REVISION", nullable = false)
    private long revision;

    long next() {
        return ++revision;
    }

    long current() {
        return revision;
    }
}
