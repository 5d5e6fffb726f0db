package io.threadline.batch.erpimport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the operator page checks before it starts erp-import: the parameters, the file and its header. */
class ErpImportCheckTest {

    @TempDir
    Path importDir;

    @Test
    void aStartThatFitsTheFilePassesAndOneThatDoesNotIsRefusedNamingTheParameterOrColumn() throws Exception {
        Files.writeString(importDir.resolve("customers.csv"), "KUNNR,NAME1,AEDAT\nC-1,Helen,2026-11-20\n");
        ErpImportParameters.check(start(Map.of("columns", "customerNumber=KUNNR,firstName=NAME1,updatedAt=AEDAT")),
                importDir.toString());

        assertEquals("Column 'KUNDE' (job parameter columns: customerNumber=KUNDE) is not in the file's header [KUNNR, NAME1, AEDAT]",
                refusal(Map.of("columns", "customerNumber=KUNDE,updatedAt=AEDAT")));
        assertEquals("Column 'updatedAt' (the required field updatedAt; map it to a column with job parameter columns) "
                + "is not in the file's header [KUNNR, NAME1, AEDAT]", refusal(Map.of("columns", "customerNumber=KUNNR")));
        assertTrue(refusal(Map.of("columns", "customerNumber=KUNNR,updatedAt=AEDAT", "changedFrom", "2026-11-30",
                "changedTo", "2026-11-01")).startsWith("Job parameters changedFrom (2026-11-30) and changedTo (2026-11-01) are inverted"));
        assertTrue(refusal(Map.of("columns", "customerNumber=KUNNR,updatedAt=AEDAT", "rejectsFile", "../../rejects.csv"))
                .startsWith("Job parameter rejectsFile must name a file inside the import directory"));
        assertTrue(refusal(Map.of("inputFile", "missing.csv")).endsWith("missing.csv does not exist or cannot be read"));
    }

    private String refusal(Map<String, String> parameters) {
        return assertThrows(IllegalArgumentException.class, () -> ErpImportParameters.check(start(parameters), importDir.toString()))
                .getMessage();
    }

    private static Properties start(Map<String, String> parameters) {
        Properties properties = new Properties();
        properties.setProperty("inputFile", "customers.csv");
        properties.setProperty("recordType", "customers");
        properties.putAll(parameters);
        return properties;
    }
}
