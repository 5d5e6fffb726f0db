package io.threadline.it;

import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A batch operator imports the customers of the CRM the company is leaving, through Liberty's batch REST
 * API: good rows become customers (or join the customer who already wrote from that phone), bad rows
 * go to the rejects file with their line and reason, and a restart after a failure imports no row twice.
 */
class CustomerImportIT extends ContainerTest {

    @Test
    void goodRowsBecomeCustomersBadRowsAreRejectedAndARestartImportsNoRowTwice() throws Exception {
        BatchJobs jobs = new BatchJobs(base);
        Timeline timeline = new Timeline(Api.as(base, "alice"));
        String run = Messages.unique();
        String knownPhone = Messages.uniquePhone();
        String newPhone = Messages.uniquePhone();
        Api.as(base, "erp").post("/api/v1/messages", Messages.canonical("SMS", "SM-" + run, knownPhone, null,
                "Is my loyalty card linked?", null));
        long existing = timeline.customerWith(knownPhone).getJsonNumber("id").longValue();

        Path dir = Path.of(ConfigProvider.getConfig().getValue("crm.import.dir", String.class));
        Files.createDirectories(dir);
        Path input = dir.resolve("legacy-" + run + ".csv");
        Files.writeString(input, String.join("\n",
                "cust_no,full_name,mail,mobile",
                "L-" + run + "-1,Ann Archer,ann." + run + "@example.com,",
                "L-" + run + "-2,Ben Brook,ben." + run + "@example.com,",
                "L-" + run + "-3,Cleo Cruz,,",
                "L-" + run + "-4,Dev Das,dev." + run + "@example.com;dev.work." + run + "@example.com," + newPhone,
                "",
                "L-" + run + "-5,Eve Bad,eve-at-example.com,",
                "L-" + run + "-6,Fay Fox,fay." + run + "@example.com,",
                ",Gus Nobody,,",
                "L-" + run + "-8,Hal Known,,\"" + knownPhone.substring(0, 2) + " " + knownPhone.substring(2) + "\"",
                ""));
        Path blocker = dir.resolve("not-a-directory-" + run);
        Files.writeString(blocker, "a file where the rejects directory should be");

        Map<String, String> parameters = new java.util.HashMap<>(Map.of("inputFile", input.getFileName().toString(),
                "rejectsFile", blocker.getFileName() + "/rejects.csv", "source", "Legacy CRM",
                "customerNumberColumn", "cust_no", "nameColumn", "full_name", "emailColumns", "mail",
                "phoneColumns", "mobile", "chunkSize", "2"));
        long instance = jobs.start("customer-import", parameters);
        assertEquals("FAILED", jobs.finalStatus(instance), "the rejects file could not be written");
        assertEquals(1, timeline.customersWith("ann." + run + "@example.com").size(), "rows before the failure were committed");

        Path rejects = dir.resolve("rejects-" + run + ".csv");
        parameters.put("rejectsFile", rejects.getFileName().toString());
        jobs.restart(instance, parameters);
        assertEquals("COMPLETED", jobs.finalStatus(instance));

        for (String identity : List.of("L-" + run + "-1", "L-" + run + "-2", "L-" + run + "-3", "L-" + run + "-4",
                "L-" + run + "-6", "L-" + run + "-8")) {
            long id = timeline.customerWith(identity).getJsonNumber("id").longValue();
            long imports = timeline.entriesOf(id).stream()
                    .filter(e -> e.getString("text", "").startsWith("Imported from Legacy CRM")).count();
            assertEquals(1, imports, identity + " imported exactly once");
        }
        JsonObject dev = timeline.customerWith("dev.work." + run + "@example.com");
        assertEquals("Dev Das", dev.getString("name"));
        assertEquals(List.of("EMAIL", "EMAIL", "ERP", "PHONE"), dev.getJsonArray("identities").getValuesAs(JsonObject.class)
                .stream().map(i -> i.getString("type")).sorted().toList());
        assertEquals(existing, timeline.customerWith("L-" + run + "-8").getJsonNumber("id").longValue(),
                "the imported phone joined the customer who had written from it");
        assertEquals("Hal Known", timeline.customerWith(knownPhone).getString("name"));

        List<String> rejected = Files.readAllLines(rejects);
        assertEquals("line,reason,row", rejected.get(0));
        assertEquals(3, rejected.size(), String.join("\n", rejected));
        assertTrue(rejected.get(1).startsWith("7,mail: 'eve-at-example.com' is not a valid email address,"), rejected.get(1));
        assertTrue(rejected.get(2).startsWith("9,\"no email, phone or customer number\","), rejected.get(2));
        assertEquals(List.of(), timeline.customersWith("eve-at-example.com"));

        Api.Reply download = Api.as(base, "otto").get("/api/v1/admin/batch/executions/" + jobs.latestExecutionId(instance) + "/rejects");
        assertEquals(200, download.status(), download.body());
        assertEquals(Files.readString(rejects), download.body(), "the operator downloads the rejects file as written");
        assertEquals(403, Api.as(base, "alice").get("/api/v1/admin/batch/executions/" + jobs.latestExecutionId(instance)
                + "/rejects").status(), "agents do not read rejects");
    }

    @Test
    void aMappedColumnMissingFromTheFileIsNamedBeforeAnythingStarts() throws Exception {
        Path dir = Path.of(ConfigProvider.getConfig().getValue("crm.import.dir", String.class));
        Files.createDirectories(dir);
        String file = "no-mobile-" + Messages.unique() + ".csv";
        Files.writeString(dir.resolve(file), "name,email,phone,customer_number\nAda,ada@example.com,,\n");
        Api.Reply refused = Api.as(base, "otto").post("/api/v1/admin/batch/jobs/customer-import",
                "{\"inputFile\": \"" + file + "\", \"phoneColumns\": \"mobile\"}");
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("Column 'mobile' (job parameter phoneColumns) is not in the file's header"), refused.body());
        assertFalse(Files.exists(dir.resolve(file + ".rejects.csv")), "nothing started, nothing written");
    }

    @Test
    void aFileOutsideTheImportDirectoryIsRefused() {
        BatchJobs jobs = new BatchJobs(base);
        assertEquals("FAILED", jobs.finalStatus(jobs.start("customer-import", Map.of("inputFile", "../../../../etc/passwd"))));
        Api.Reply outside = Api.as(base, "otto").post("/api/v1/admin/batch/jobs/customer-import",
                "{\"inputFile\": \"../../../../etc/passwd\"}");
        assertEquals(400, outside.status(), "refused before it starts: " + outside.body());
        assertTrue(outside.body().contains("inside the import directory"), outside.body());
        int agent = Api.as(base, "alice").overHttps("/ibm/api/batch/jobinstances").get("/ibm/api/batch/jobinstances").status();
        assertTrue(agent == 401 || agent == 403, "agents do not run batch jobs: " + agent);
    }
}
