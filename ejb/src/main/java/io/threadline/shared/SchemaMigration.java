package io.threadline.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import liquibase.exception.LiquibaseException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;

/**
 * Brings the database to the schema this build maps, before anything else of the application uses it (the startup
 * beans that touch the database depend on this one; the EJB module starts before the web modules). With
 * {@code db.migrate=false} the schema is the database administrator's: the application only checks that nothing is
 * missing, and refuses to start otherwise.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/threadline")
    DataSource database;

    @Inject
    @ConfigProperty(name = "db.migrate", defaultValue = "true")
    boolean migrate;

    @PostConstruct
    void bringUpToDate() {
        try (Connection connection = database.getConnection()) {
            if (migrate) {
                SchemaChangelog.update(connection);
                return;
            }
            List<String> unrun = SchemaChangelog.unrun(connection);
            if (!unrun.isEmpty()) {
                throw new IllegalStateException("Threadline refuses to start: the database lacks the schema changes "
                        + unrun + " of " + SchemaChangelog.FILE + " and db.migrate=false leaves them to you. Apply "
                        + "them (docs/deployment.md, \"Upgrades and the schema\") or set db.migrate=true.");
            }
            LOG.info("The schema is up to date (db.migrate=false)");
        } catch (SQLException | LiquibaseException e) {
            throw new IllegalStateException("Threadline could not bring the database schema up to date: " + e.getMessage(), e);
        }
    }
}
