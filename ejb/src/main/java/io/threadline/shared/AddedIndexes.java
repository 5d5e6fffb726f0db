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
 * Indexes added to tables after a database may have been created by an earlier build, which the queries rely on (two
 * are named in Derby optimizer hints; all keep queries that run often from scanning whole tables): EclipseLink's
 * create-or-extend adds columns to existing tables but not indexes. Created here at start, outside any transaction;
 * one that exists already is left as it is. Each is declared on its entity too.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class AddedIndexes {

    private static final Logger LOG = Logger.getLogger(AddedIndexes.class.getName());

    /** Index name → its table and columns. */
    static final Map<String, String> INDEXES = Map.of("IX_CONVERSATION_ASSIGNEE", "CONVERSATION (ASSIGNEE, STATUS)",
            "IX_CONVERSATION_SNOOZE", "CONVERSATION (STATUS, SNOOZED_UNTIL)",
            "IX_ENTRY_SCHEDULED", "TIMELINE_ENTRY (DELIVERY_STATUS, SCHEDULED_FOR)");

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
