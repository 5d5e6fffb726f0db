package io.threadline.shared;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SchemaMigrationTest {

    @Test
    void leftToTheAdministratorASchemaThatLacksChangesStopsTheStartNamingThem() {
        SchemaMigration check = migration("administered", false);

        IllegalStateException refused = assertThrows(IllegalStateException.class, check::bringUpToDate);

        assertEquals("Threadline refuses to start: the database lacks the schema changes [001-baseline, 002-knowledge-base, 003-chat-bot, 004-purchase-associations, 005-bot-offer-ended] of "
                + "db/changelog.xml and db.migrate=false leaves them to you. Apply them (docs/deployment.md, \"Upgrades "
                + "and the schema\") or set db.migrate=true.", refused.getMessage());
    }

    @Test
    void onceAppliedTheCheckLetsTheStartGoOn() {
        migration("applied", true).bringUpToDate();

        assertDoesNotThrow(migration("applied", false)::bringUpToDate);
    }

    private static SchemaMigration migration(String database, boolean migrate) {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:" + database);
        derby.setCreateDatabase("create");
        SchemaMigration migration = new SchemaMigration();
        migration.database = derby;
        migration.migrate = migrate;
        return migration;
    }
}
