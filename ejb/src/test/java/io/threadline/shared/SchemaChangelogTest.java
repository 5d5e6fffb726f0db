package io.threadline.shared;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.diff.DiffResult;
import liquibase.diff.DiffGeneratorFactory;
import liquibase.diff.compare.CompareControl;
import liquibase.structure.DatabaseObject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The changelog against the mapping: a Derby database made by the changelog has the schema EclipseLink generates from
 * the entities, so a mapping changed without its change in the changelog fails here, naming what differs.
 */
class SchemaChangelogTest {

    /** What the changes after the baseline add, undone. */
    private static final List<String> AFTER_THE_BASELINE = List.of("DROP TABLE KNOWLEDGE_ARTICLE_REVISION",
            "DROP TABLE KNOWLEDGE_ARTICLE", "DROP SEQUENCE KNOWLEDGE_ARTICLE_SEQ RESTRICT",
            "DROP SEQUENCE KNOWLEDGE_REVISION_SEQ RESTRICT", "DROP TABLE BOT_OFFER", "DROP SEQUENCE BOT_OFFER_SEQ RESTRICT",
            "DROP TABLE PURCHASE_ASSOCIATION", "DROP SEQUENCE PURCHASE_ASSOCIATION_SEQ RESTRICT");

    @Test
    void theChangelogMakesTheSchemaTheMappingNeeds() throws Exception {
        try (Connection byChangelog = freshDerby("changelog"); Connection byMapping = madeByEclipseLink("mapping")) {
            SchemaChangelog.update(byChangelog);

            assertEquals(List.of(), differences(byMapping, byChangelog),
                    "what the changelog makes that the mapping does not (or the other way round)");
        }
    }

    /**
     * A database the mapping made before migrations: the mapping of today, without what the changes after the baseline
     * add. The baseline is taken as run, the later changes run, and the schema ends as the mapping's.
     */
    @Test
    void aDatabaseTheMappingMadeBeforeMigrationsTakesTheBaselineAsRunAndTheLaterChanges() throws Exception {
        try (Connection earlier = madeByEclipseLink("earlier"); Connection byMapping = madeByEclipseLink("reference")) {
            try (Statement statement = earlier.createStatement()) {
                for (String sql : AFTER_THE_BASELINE) {
                    statement.execute(sql);
                }
            }
            assertEquals(List.of("001-baseline", "002-knowledge-base", "003-chat-bot", "004-purchase-associations", "005-bot-offer-ended"), SchemaChangelog.unrun(earlier));

            SchemaChangelog.update(earlier);

            assertEquals(List.of(), SchemaChangelog.unrun(earlier));
            assertEquals("MARK_RAN", single(earlier, "SELECT EXECTYPE FROM DATABASECHANGELOG WHERE ID = '001-baseline'"));
            assertEquals("EXECUTED", single(earlier, "SELECT EXECTYPE FROM DATABASECHANGELOG WHERE ID = '002-knowledge-base'"));
            assertEquals(List.of(), differences(byMapping, earlier), "the earlier database ends as the mapping's");
        }
    }

    @Test
    void checkingAnEmptyDatabaseListsEveryChangeAndCreatesNothing() throws Exception {
        try (Connection empty = freshDerby("empty")) {
            assertEquals(List.of("001-baseline", "002-knowledge-base", "003-chat-bot", "004-purchase-associations", "005-bot-offer-ended"), SchemaChangelog.unrun(empty));

            List<String> created = new ArrayList<>();
            try (ResultSet tables = empty.getMetaData().getTables(null, null, "%", new String[]{"TABLE"})) {
                while (tables.next()) {
                    created.add(tables.getString("TABLE_NAME"));
                }
            }
            assertEquals(List.of(), created, "tables the check created");
        }
    }

    private static Connection freshDerby(String name) throws SQLException {
        return DriverManager.getConnection("jdbc:derby:memory:" + name + ";create=true");
    }

    private static Connection madeByEclipseLink(String name) throws SQLException {
        String url = "jdbc:derby:memory:" + name + ";create=true";
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("threadline", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.url", url,
                "eclipselink.target-server", "None",
                "eclipselink.ddl-generation", "create-tables",
                "eclipselink.ddl-generation.output-mode", "database"));
        try {
            factory.createEntityManager().close();
        } finally {
            factory.close();
        }
        return DriverManager.getConnection(url);
    }

    /** Every table, column, key, index and sequence that differs, but Liquibase's own two tables. */
    private static List<String> differences(Connection reference, Connection compared) throws Exception {
        DiffResult diff = DiffGeneratorFactory.getInstance().compare(database(reference), database(compared), new CompareControl());
        List<String> found = new ArrayList<>();
        diff.getMissingObjects().forEach(o -> found.add("only by the mapping: " + describe(o)));
        diff.getUnexpectedObjects().forEach(o -> found.add("only by the changelog: " + describe(o)));
        diff.getChangedObjects().forEach((o, d) -> found.add("different: " + describe(o) + " " + d.getDifferences()));
        Set<String> referenceDetails = sequencesAndIndexNames(reference);
        Set<String> comparedDetails = sequencesAndIndexNames(compared);
        referenceDetails.stream().filter(d -> !comparedDetails.contains(d)).forEach(d -> found.add("only by the mapping: " + d));
        comparedDetails.stream().filter(d -> !referenceDetails.contains(d)).forEach(d -> found.add("only by the changelog: " + d));
        reference.rollback(); // the reads Liquibase left open, so that the connections close
        compared.rollback();
        return found.stream().filter(line -> !line.toUpperCase().contains("DATABASECHANGELOG")).sorted().toList();
    }

    /**
     * What Liquibase's comparison leaves out: a sequence's start and increment (EclipseLink takes ids by the
     * allocation size, so the increment must be that), and the names of indexes (later changes name them).
     */
    private static Set<String> sequencesAndIndexNames(Connection connection) throws SQLException {
        Set<String> details = new TreeSet<>();
        try (var statement = connection.createStatement();
             ResultSet sequences = statement.executeQuery("SELECT SEQUENCENAME, STARTVALUE, INCREMENT FROM SYS.SYSSEQUENCES")) {
            while (sequences.next()) {
                details.add("sequence " + sequences.getString(1) + " from " + sequences.getLong(2) + " by " + sequences.getLong(3));
            }
        }
        List<String> tables = new ArrayList<>();
        try (ResultSet found = connection.getMetaData().getTables(null, "APP", "%", new String[]{"TABLE"})) {
            while (found.next()) {
                tables.add(found.getString("TABLE_NAME"));
            }
        }
        for (String table : tables) {
            try (ResultSet indexes = connection.getMetaData().getIndexInfo(null, "APP", table, false, false)) {
                while (indexes.next()) {
                    String name = indexes.getString("INDEX_NAME");
                    if (name != null && !name.startsWith("SQL")) { // Derby's names for the indexes under keys
                        details.add("index " + name + " on " + table + "." + indexes.getString("COLUMN_NAME"));
                    }
                }
            }
        }
        return details;
    }

    private static String describe(DatabaseObject object) {
        return object.getClass().getSimpleName() + " " + object;
    }

    private static Database database(Connection connection) throws Exception {
        return DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
    }

    private static String single(Connection connection, String query) throws SQLException {
        try (var statement = connection.createStatement(); ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }
}
