package io.threadline.shared;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.DerbyDatabase;
import liquibase.database.core.PostgresDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.snapshot.SnapshotGeneratorFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The application's schema as a Liquibase changelog ({@value #FILE}): applied in order, each change once. Servers
 * starting together on PostgreSQL take turns under an advisory lock first: Liquibase's own lock comes after it creates
 * its tables, which two servers on an empty database both tried to do (one failed), and a server killed while holding
 * that lock would leave it taken for good.
 */
public final class SchemaChangelog {

    static final String FILE = "db/changelog.xml";
    private static final long ADVISORY_LOCK = 0x7468726561646CL; // "threadl"
    private static final Duration LONGEST_TURN = Duration.ofMinutes(10);

    private SchemaChangelog() {
    }

    /**
     * Applies the changes the database has not had yet, each in a transaction of its own. A database already up to
     * date, as at most starts, is only read.
     */
    public static void update(Connection connection) throws LiquibaseException, SQLException {
        on(connection, liquibase -> {
            if (unrunOf(liquibase).isEmpty()) {
                return null;
            }
            boolean postgresql = liquibase.getDatabase() instanceof PostgresDatabase;
            if (postgresql) {
                waitForTurn(connection);
            }
            try {
                liquibase.forceReleaseLocks(); // whoever holds the turn is the only one migrating: a lock left is a dead server's
                liquibase.update(new Contexts(), new LabelExpression());
            } finally {
                if (postgresql) {
                    endTurn(connection);
                }
            }
            return null;
        });
    }

    /** The ids of the changes the database has not had yet; reads only, creates nothing. */
    public static List<String> unrun(Connection connection) throws LiquibaseException, SQLException {
        return on(connection, SchemaChangelog::unrunOf);
    }

    private static List<String> unrunOf(Liquibase liquibase) throws LiquibaseException {
        List<ChangeSet> unrun = SnapshotGeneratorFactory.getInstance().hasDatabaseChangeLogTable(liquibase.getDatabase())
                ? liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression(), false)
                : liquibase.getDatabaseChangeLog().getChangeSets(); // asking Liquibase would create its table
        return unrun.stream().map(ChangeSet::getId).toList();
    }

    private interface Work<T> {
        T with(Liquibase liquibase) throws LiquibaseException, SQLException;
    }

    /** Polls rather than waits in the database: a statement blocked longer than the socket timeout would fail. */
    private static void waitForTurn(Connection connection) throws SQLException {
        Instant giveUp = Instant.now().plus(LONGEST_TURN);
        while (!askFor(connection, "SELECT pg_try_advisory_lock(?)")) {
            if (Instant.now().isAfter(giveUp)) {
                throw new SQLException("Another server has been changing the schema for " + LONGEST_TURN.toMinutes()
                        + " minutes (PostgreSQL advisory lock " + ADVISORY_LOCK + "); not waiting longer");
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("Interrupted while waiting for another server to change the schema", e);
            }
        }
    }

    /** The lock belongs to the session, which outlives this use of the pooled connection. */
    private static void endTurn(Connection connection) throws SQLException {
        askFor(connection, "SELECT pg_advisory_unlock(?)");
    }

    private static boolean askFor(Connection connection, String query) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setLong(1, ADVISORY_LOCK);
            try (ResultSet answer = statement.executeQuery()) {
                return answer.next() && answer.getBoolean(1);
            }
        }
    }

    /**
     * Liquibase is not closed (that would close the caller's connection); the connection is handed back as it came,
     * with nothing left uncommitted (Liquibase commits each change and its lock itself).
     */
    private static <T> T on(Connection connection, Work<T> work) throws LiquibaseException, SQLException {
        boolean autoCommit = connection.getAutoCommit();
        try {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            if (database instanceof DerbyDatabase derby) {
                derby.setShutdownEmbeddedDerby(false); // Liquibase would stop the server's embedded Derby when done
            }
            return work.with(new Liquibase(FILE, new ClassLoaderResourceAccessor(SchemaChangelog.class.getClassLoader()), database));
        } finally {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            connection.setAutoCommit(autoCommit);
        }
    }
}
