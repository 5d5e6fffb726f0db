package io.threadline.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Indexes that queries name in a Derby optimizer hint must exist, also in a database created by an earlier release:
 * EclipseLink's create-or-extend adds columns to existing tables but not indexes. Created here at start, outside any
 * transaction; one that exists already is left as it is.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class HintedIndexes {

    private static final Logger LOG = Logger.getLogger(HintedIndexes.class.getName());

    /** Index name → its table and columns. */
    static final Map<String, String> INDEXES = Map.of("IX_CONVERSATION_ASSIGNEE", "CONVERSATION (ASSIGNEE, STATUS)");

    @Resource(lookup = "jdbc/threadline")
    private DataSource database;

    @PostConstruct
    void ensure() {
        INDEXES.forEach((name, on) -> {
            try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("CREATE INDEX " + name + " ON " + on);
                LOG.info(() -> "Created the index " + name + " on " + on);
            } catch (SQLException exists) {
                LOG.fine(() -> "Index " + name + " not created: " + exists.getMessage());
            }
        });
    }
}
