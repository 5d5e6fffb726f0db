package io.threadline.it;

import io.threadline.shared.SchemaChangelog;
import liquibase.Liquibase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Servers of one deployment bringing the build's PostgreSQL up to date as they start (SchemaMigration does it with
 * the same SchemaChangelog), each in a schema of its own made here, so the test server's is left alone.
 */
class SchemaMigrationIT {

    private static final int SERVERS = 3;

    @BeforeAll
    static void onPostgresql() {
        assumeTrue("postgresql".equals(System.getProperty("it.db")), "several servers share PostgreSQL only");
    }

    @Test
    void serversStartingTogetherOnAnEmptyDatabaseMakeTheSchemaOnce() throws Exception {
        String schema = emptySchema();
        try {
            int changes;
            try (Connection connection = connect(schema)) {
                changes = SchemaChangelog.unrun(connection).size();
            }
            ExecutorService servers = Executors.newFixedThreadPool(SERVERS);
            try {
                List<Future<?>> starts = new ArrayList<>();
                for (int server = 0; server < SERVERS; server++) {
                    starts.add(servers.submit(() -> {
                        try (Connection connection = connect(schema)) {
                            SchemaChangelog.update(connection);
                        }
                        return null;
                    }));
                }
                for (Future<?> start : starts) {
                    start.get(5, TimeUnit.MINUTES); // fails the test with what went wrong for that server
                }
            } finally {
                servers.shutdownNow();
            }

            try (Connection connection = connect(schema)) {
                assertEquals(changes + " EXECUTED EXECUTED", single(connection,
                        "SELECT COUNT(*) || ' ' || MIN(EXECTYPE) || ' ' || MAX(EXECTYPE) FROM DATABASECHANGELOG"), "each change once");
                assertEquals(List.of(), SchemaChangelog.unrun(connection));
                assertEquals("0", single(connection, "SELECT COUNT(*) FROM CUSTOMER"), "the tables are there");
            }
        } finally {
            drop(schema);
        }
    }

    @Test
    void aLockLeftByAServerKilledWhileMigratingDoesNotStopTheNextStart() throws Exception {
        String schema = emptySchema();
        try {
            try (Connection connection = connect(schema)) {
                SchemaChangelog.update(connection);
                // killed while applying the last change: PostgreSQL rolled the change back with its transaction (DDL
                // is transactional), and Liquibase's lock stays taken
                new Liquibase("db/changelog.xml", new ClassLoaderResourceAccessor(), new JdbcConnection(connection))
                        .rollback(1, "");
                execute(connection, "UPDATE DATABASECHANGELOGLOCK SET LOCKED = TRUE, LOCKEDBY = 'a killed server', LOCKGRANTED = NOW()");
                assertEquals(1, SchemaChangelog.unrun(connection).size());
            }

            try (Connection restarted = connect(schema)) {
                SchemaChangelog.update(restarted);

                assertEquals(List.of(), SchemaChangelog.unrun(restarted));
                assertEquals("free", single(restarted, "SELECT CASE WHEN LOCKED THEN 'taken' ELSE 'free' END FROM DATABASECHANGELOGLOCK"));
            }
        } finally {
            drop(schema);
        }
    }

    private static String emptySchema() throws SQLException {
        String schema = "migration_" + Messages.unique();
        try (Connection connection = connect("public")) {
            execute(connection, "CREATE SCHEMA " + schema);
        }
        return schema;
    }

    private static void drop(String schema) throws SQLException {
        try (Connection connection = connect("public")) {
            execute(connection, "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static Connection connect(String schema) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + System.getProperty("it.pg.port")
                + "/threadline?currentSchema=" + schema + "&connectTimeout=10&socketTimeout=60", "threadline", "threadline");
    }

    private static void execute(Connection connection, String statement) throws SQLException {
        try (Statement run = connection.createStatement()) {
            run.execute(statement);
        }
    }

    private static String single(Connection connection, String query) throws SQLException {
        try (Statement run = connection.createStatement(); ResultSet row = run.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }
}
