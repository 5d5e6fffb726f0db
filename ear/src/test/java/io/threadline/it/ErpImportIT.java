package io.threadline.it;

import io.threadline.scheduling.JobLauncher;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import javax.naming.InitialContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A batch operator imports the ERP's customers and orders from its CSV exports through Liberty's batch REST API: they
 * land on the profiles as the ERP's messages would, bad rows go to the rejects file naming the column, an export that
 * breaks off mid-run is fixed and the job restarted, and neither the restart nor a second import applies anything twice.
 */
class ErpImportIT extends ContainerTest {

    @Test
    void theErpsCustomersAndOrdersLandOnTheProfilesBadRowsAreRejectedAndARestartAppliesNothingTwice() throws Exception {
        BatchJobs jobs = new BatchJobs(base);
        Path dir = Path.of(ConfigProvider.getConfig().getValue("crm.import.dir", String.class));
        Api alice = Api.as(base, "alice");
        Timeline timeline = new Timeline(alice);
        String run = Messages.unique().toUpperCase();
        String c1 = "C-" + run + "-1";
        String c2 = "C-" + run + "-2";
        String c4 = "C-" + run + "-4";
        String helenEmail = "helen." + run.toLowerCase() + "@example.com";
        Api.as(base, "erp").post("/api/v1/messages", Messages.canonical("EMAIL", "<" + run + "@mail.example.com>", helenEmail,
                "Helen Park", "Where is my rain jacket?", null));
        long helen = id(timeline.customerWith(helenEmail));

        Files.createDirectories(dir);
        Path customers = dir.resolve("erp-customers-" + run + ".csv");
        Files.writeString(customers, String.join("\n",
                "KUNNR,NAME1,NAME2,EMAIL,TEL,SEGMENT,ORT,LAND,AEDAT",
                c1 + ",Helen,Park," + helenEmail + ",,Gold,Milano,IT,20.11.2026 09:00",
                c2 + ",Ben,Brook,ben." + run.toLowerCase() + "@example.com,,,,,20.11.2026 09:00",
                ",Gus,Nobody,gus." + run.toLowerCase() + "@example.com,,,,,20.11.2026 09:00",
                c4 + ",Dev,Das,dev." + run.toLowerCase() + "@example.com," + Messages.uniquePhone() + ",,,,20.11.2026 09:00",
                "C-" + run + "-5,Eve,Late,eve." + run.toLowerCase() + "@example.com,,,,,31.02.2026 09:00",
                ""));
        Map<String, String> customerImport = Map.of("inputFile", customers.getFileName().toString(), "recordType", "customers",
                "columns", "customerNumber=KUNNR,firstName=NAME1,lastName=NAME2,emails=EMAIL,phones=TEL,segment=SEGMENT,"
                        + "city=ORT,country=LAND,updatedAt=AEDAT",
                "dateFormat", "dd.MM.yyyy HH:mm", "zone", "Europe/Rome", "chunkSize", "2");
        assertEquals("COMPLETED", jobs.finalStatus(jobs.start("erp-import", customerImport)));

        JsonObject profile = timeline.customerWith(c1);
        assertEquals(helen, id(profile), "the ERP's customer joined the customer who had written from the email");
        assertEquals(c1, profile.getJsonObject("enrichment").getString("erpCustomerNumber"));
        assertEquals("Gold", profile.getJsonObject("enrichment").getString("segment"));
        List<String> customerRejects = Files.readAllLines(dir.resolve(customers.getFileName() + ".rejects.csv"));
        assertEquals(3, customerRejects.size(), String.join("\n", customerRejects));
        assertEquals("line,reason,row", customerRejects.get(0));
        assertTrue(customerRejects.get(1).startsWith("4,KUNNR: is required,"), customerRejects.get(1));
        assertTrue(customerRejects.get(2).startsWith("6,AEDAT: '31.02.2026 09:00' is not a date in the format dd.MM.yyyy HH:mm,"),
                customerRejects.get(2));
        assertEquals(List.of(), timeline.customersWith("gus." + run.toLowerCase() + "@example.com"));
        assertEquals(List.of(), timeline.customersWith("C-" + run + "-5"));

        String so = "SO-" + run + "-";
        Path orders = dir.resolve("erp-orders-" + run + ".csv");
        String broken = so + "8," + c4 + ",delivered,2026-11-24T10:00:00Z,EUR,30.00,GIFT,\"Deluxe\" gift box,1,30.00,2026-11-24T10:00:00Z";
        List<String> orderLines = List.of(
                "order_no,cust_no,status,placed,currency,total,sku,item,qty,price,changed",
                so + "1," + c1 + ",shipped,2026-11-20T10:00:00Z,EUR,129.90,JKT-M,Rain jacket,1,99.90,2026-11-21T08:00:00Z",
                so + "1," + c1 + ",shipped,2026-11-20T10:00:00Z,EUR,129.90,GLV-S,Gloves,2,15.00,2026-11-21T08:00:00Z",
                so + "2," + c1 + ",paid,2026-11-22T10:00:00Z,EUR,50.00,MUG,Mug,1,50.00,2026-11-22T10:00:00Z",
                so + "3," + c2 + ",paid,2026-11-22T10:00:00Z,EUR,10.00,PEN,Pen,-2,5.00,2026-11-22T10:00:00Z",
                so + "4," + c2 + ",paid,2026-11-22T10:00:00Z,EURO,10.00,PEN,Pen,2,5.00,2026-11-22T10:00:00Z",
                so + "5,,paid,2026-11-22T10:00:00Z,EUR,10.00,PEN,Pen,2,5.00,2026-11-22T10:00:00Z",
                so + "6," + c2 + ",paid,2026-11-31T10:00:00Z,EUR,10.00,PEN,Pen,2,5.00,2026-11-22T10:00:00Z",
                so + "7," + c4 + ",paid,2026-11-23T10:00:00Z,EUR,20.00,BOX,Box,1,20.00,2026-11-23T10:00:00Z",
                broken,
                so + "9," + c1 + ",placed,2026-11-25T10:00:00Z,EUR,40.00,HAT,Hat,1,40.00,2026-11-25T10:00:00Z",
                "");
        Files.writeString(orders, String.join("\n", orderLines));
        Map<String, String> orderImport = new HashMap<>(Map.of("inputFile", orders.getFileName().toString(), "recordType", "orders",
                "columns", "orderNumber=order_no,customerNumber=cust_no,placedAt=placed,itemName=item,quantity=qty,updatedAt=changed",
                "chunkSize", "2"));
        long instance = jobs.start("erp-import", orderImport);
        assertEquals("FAILED", jobs.finalStatus(instance), "the export breaks off at a quote that the ERP did not escape (line 10)");
        assertTrue(jobs.log(instance).contains("Invalid character between encapsulated token and delimiter at line: 10"), jobs.log(instance));
        assertEquals(2, enrichment(alice, helen).getInt("orderCount"), "the chunks before the failure were committed");
        long dev = id(timeline.customerWith(c4));
        assertEquals(0, alice.get("/api/v1/customers/" + dev + "/orders").array().size(),
                "the chunk that failed (" + so + "7) was rolled back");

        Files.writeString(orders, String.join("\n", orderLines).replace("\"Deluxe\" gift box", "Deluxe gift box"));
        jobs.restart(instance, orderImport);
        assertEquals("COMPLETED", jobs.finalStatus(instance));

        assertEquals(List.of(so + "9", so + "2", so + "1"), orderNumbers(alice, helen));
        assertEquals(List.of(so + "8", so + "7"), orderNumbers(alice, dev));
        assertEquals(0, alice.get("/api/v1/customers/" + id(timeline.customerWith(c2)) + "/orders").array().size());
        JsonObject first = alice.get("/api/v1/customers/" + helen + "/orders").array().getJsonObject(2);
        assertEquals("shipped", first.getString("status"));
        assertEquals("129.90", first.getString("total"));
        assertEquals(List.of("JKT-M", "GLV-S"), first.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .map(line -> line.getString("sku")).toList());
        assertHelensProfile(alice, timeline, helen, so, c1);
        assertEquals("EUR 50.00", enrichment(alice, dev).getJsonObject("lifetimeValue").getString("display"));

        List<String> orderRejects = Files.readAllLines(dir.resolve(orders.getFileName() + ".rejects.csv"));
        assertEquals(5, orderRejects.size(), String.join("\n", orderRejects));
        assertTrue(orderRejects.get(1).startsWith("5,qty: must be a whole number from 1 to 1000000 (was -2),"), orderRejects.get(1));
        assertTrue(orderRejects.get(2).startsWith("6,\"currency: 'EURO' is not an ISO 4217 currency code"), orderRejects.get(2));
        assertTrue(orderRejects.get(3).startsWith("7,cust_no: is required,"), orderRejects.get(3));
        assertTrue(orderRejects.get(4).startsWith("8,\"placed: '2026-11-31T10:00:00Z' is not a date in the format ISO-8601"),
                orderRejects.get(4));

        Map<String, String> again = new HashMap<>(orderImport);
        again.put("rejectsFile", "erp-orders-" + run + ".again.rejects.csv");
        assertEquals("COMPLETED", jobs.finalStatus(jobs.start("erp-import", again)));
        assertEquals("COMPLETED", jobs.finalStatus(jobs.start("erp-import", customerImport)));
        assertHelensProfile(alice, timeline, helen, so, c1);
        assertEquals(List.of(so + "8", so + "7"), orderNumbers(alice, dev));
    }

    @Test
    void theOrdersOfOneChunkAreAppliedTogetherAsIfOneByOne() throws Exception {
        BatchJobs jobs = new BatchJobs(base);
        Path dir = Path.of(ConfigProvider.getConfig().getValue("crm.import.dir", String.class));
        Files.createDirectories(dir);
        Api alice = Api.as(base, "alice");
        Timeline timeline = new Timeline(alice);
        String run = Messages.unique().toUpperCase();
        String iris = "iris." + run.toLowerCase() + "@example.com";
        String shop = "I-" + run + "-SHOP";
        String outlet = "I-" + run + "-OUTLET";
        String later = "L-" + run;
        Path customers = dir.resolve("erp-iris-" + run + ".csv");
        Files.writeString(customers, "customerNumber,firstName,lastName,emails,updatedAt\n"
                + shop + ",Iris,Stone," + iris + ",2026-11-01T00:00:00Z\n"
                + outlet + ",Iris,Stone," + iris + ",2026-11-01T00:00:00Z\n");
        assertEquals("COMPLETED", jobs.finalStatus(jobs.start("erp-import",
                Map.of("inputFile", customers.getFileName().toString(), "recordType", "customers"))));
        long stone = id(timeline.customerWith(iris));
        assertEquals(stone, id(timeline.customerWith(outlet)), "both of the ERP's numbers are Iris's");

        String so = "SO-" + run + "-";
        String header = "orderNumber,customerNumber,status,placedAt,currency,total,sku,itemName,quantity,price,updatedAt\n";
        Path orders = dir.resolve("erp-iris-orders-" + run + ".csv");
        Files.writeString(orders, header
                + so + "1," + shop + ",placed,2026-11-20T10:00:00Z,EUR,3000.00,TENT,Tent,1,3000.00,2026-11-20T10:00:00Z\n"
                + so + "2," + outlet + ",paid,2026-11-20T11:00:00Z,EUR,2500.00,BIKE,Bike,1,2500.00,2026-11-20T11:00:00Z\n"
                + so + "3," + later + ",placed,2026-11-20T12:00:00Z,EUR,20.00,CAP,Cap,1,20.00,2026-11-20T12:00:00Z\n"
                + so + "1," + shop + ",shipped,2026-11-20T10:00:00Z,EUR,3000.00,TENT,Tent,1,3000.00,2026-11-21T09:00:00Z\n"
                + so + "2," + outlet + ",cancelled,2026-11-20T11:00:00Z,EUR,2500.00,BIKE,Bike,1,2500.00,2026-11-19T09:00:00Z\n"
                + so + "1," + shop + ",shipped,2026-11-20T10:00:00Z,EUR,3000.00,TENT,Tent,1,3000.00,2026-11-21T09:00:00Z\n");
        assertEquals("COMPLETED", jobs.finalStatus(jobs.start("erp-import",
                Map.of("inputFile", orders.getFileName().toString(), "recordType", "orders"))), "one chunk of six records");

        Map<String, String> statuses = alice.get("/api/v1/customers/" + stone + "/orders").array().getValuesAs(JsonObject.class)
                .stream().collect(Collectors.toMap(o -> o.getString("number"), o -> o.getString("status")));
        assertEquals(Map.of(so + "1", "shipped", so + "2", "paid"), statuses,
                "the later record of an order wins, an older one (the cancellation stamped before) changes nothing");
        JsonObject profile = alice.get("/api/v1/customers/" + stone).object();
        assertEquals("VIP", profile.getString("tier"), "the value of both numbers' orders counts");
        assertEquals(List.of("Iris Stone is now VIP: lifetime value EUR 5,500.00 reached EUR 5,000.00",
                        "Order " + so + "1 placed: 1 item, EUR 3,000.00",
                        "Order " + so + "1 shipped",
                        "Order " + so + "2 placed: 1 item, EUR 2,500.00 (now paid)"),
                timeline.entriesOf(stone).stream().map(e -> e.getString("text", ""))
                        .filter(text -> text.startsWith("Order ") || text.contains(" VIP")).sorted().toList(),
                "one entry per change, the record read twice counted once, the tier changed once");

        Path latecomer = dir.resolve("erp-later-" + run + ".csv");
        Files.writeString(latecomer, "customerNumber,firstName,lastName,updatedAt\n" + later + ",Lou,Later,2026-11-22T00:00:00Z\n");
        assertEquals("COMPLETED", jobs.finalStatus(jobs.start("erp-import",
                Map.of("inputFile", latecomer.getFileName().toString(), "recordType", "customers"))));
        long lou = id(timeline.customerWith(later));
        timeline.entryWithText(lou, "Order " + so + "3 placed: 1 item, EUR 20.00");
    }

    @Test
    void parametersThatDoNotFitTheFileFailTheJobAtOnceNamingTheParameterAndImportNothing() throws Exception {
        BatchJobs jobs = new BatchJobs(base);
        String run = Messages.unique().toUpperCase();
        Path dir = Path.of(ConfigProvider.getConfig().getValue("crm.import.dir", String.class));
        Files.createDirectories(dir);
        Path customers = dir.resolve("erp-customers-" + run + ".csv");
        Files.writeString(customers, "customerNumber,firstName,updatedAt\nC-" + run + ",Nina,2026-11-20T09:00:00Z\n");
        Map<String, String> fine = Map.of("inputFile", customers.getFileName().toString(), "recordType", "customers");

        Map<String, String> expected = Map.of(
                "columns", "Column 'KUNDENNR' (job parameter columns: customerNumber=KUNDENNR) is not in the file's header "
                        + "[customerNumber, firstName, updatedAt]",
                "dateFormat", "Job parameter dateFormat: 'dd.MM.yyyy bb' is not a date format",
                "changedFrom", "Job parameters changedFrom (2026-11-30) and changedTo (2026-11-01) are inverted");
        Map<String, Map<String, String>> wrong = Map.of(
                "columns", Map.of("columns", "customerNumber=KUNDENNR"),
                "dateFormat", Map.of("dateFormat", "dd.MM.yyyy bb"),
                "changedFrom", Map.of("changedFrom", "2026-11-30", "changedTo", "2026-11-01"));
        for (String parameter : wrong.keySet()) {
            Map<String, String> parameters = new HashMap<>(fine);
            parameters.putAll(wrong.get(parameter));
            long instance = jobs.start("erp-import", parameters);
            assertEquals("FAILED", jobs.finalStatus(instance), parameter);
            assertTrue(jobs.log(instance).contains(expected.get(parameter)), jobs.log(instance));
        }
        assertEquals(List.of(), new Timeline(Api.as(base, "alice")).customersWith("C-" + run));
        assertFalse(Files.exists(dir.resolve(customers.getFileName() + ".rejects.csv")));

        Properties onThePage = new Properties();
        onThePage.putAll(fine);
        onThePage.putAll(wrong.get("columns"));
        JobLauncher launcher = (JobLauncher) new InitialContext().lookup(JobLauncher.JNDI_NAME);
        Exception refused = assertThrows(Exception.class, () -> launcher.start("erp-import", onThePage),
                "the operator page's start checks the file before it starts the job");
        assertTrue(causes(refused).contains(expected.get("columns")), causes(refused));
    }

    private static String causes(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        return messages.toString();
    }

    private static void assertHelensProfile(Api alice, Timeline timeline, long helen, String so, String c1) {
        JsonObject enrichment = enrichment(alice, helen);
        assertEquals(3, enrichment.getInt("orderCount"));
        assertEquals("EUR 219.90", enrichment.getJsonObject("lifetimeValue").getString("display"));
        assertEquals(List.of("ERP customer " + c1 + ", segment Gold",
                        "Order " + so + "1 placed: 3 items, EUR 129.90 (now shipped)",
                        "Order " + so + "2 placed: 1 item, EUR 50.00 (now paid)",
                        "Order " + so + "9 placed: 1 item, EUR 40.00"),
                timeline.entriesOf(helen).stream().map(e -> e.getString("text", ""))
                        .filter(text -> text.startsWith("ERP ") || text.startsWith("Order ")).toList(),
                "one entry per customer and order, however often they were read");
    }

    private static JsonObject enrichment(Api agent, long customer) {
        Api.Reply profile = agent.get("/api/v1/customers/" + customer);
        assertEquals(200, profile.status(), profile.body());
        return profile.object().getJsonObject("enrichment");
    }

    private static List<String> orderNumbers(Api agent, long customer) {
        return agent.get("/api/v1/customers/" + customer + "/orders").array().getValuesAs(JsonObject.class).stream()
                .map(order -> order.getString("number")).toList();
    }

    private static long id(JsonObject customer) {
        return customer.getJsonNumber("id").longValue();
    }
}
