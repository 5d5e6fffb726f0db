package io.threadline.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.naming.InitialContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An admin applies the retention policy as of 2000-06-01 (customers inactive for 24 months, files older than 12
 * months, drafts older than 30 days, audit entries older than 36 months) to customers of the 1990s ({@link RetentionDataSet}). A dry run lists exactly what
 * the run then does and changes nothing; the run anonymizes exactly the inactive customers, as agents see them through
 * the API, keeps the facts the reports count, and says what it did; a second run finds nothing more to do. Wrong
 * parameters fail the job at once, naming the parameter, and change nothing.
 */
class RetentionIT extends ContainerTest {

    private RetentionDataSet data;
    private BatchJobs jobs;
    private Api agent;
    private Api admin;
    private Timeline timeline;

    @BeforeEach
    void setUp() throws Exception {
        data = new RetentionDataSet(Messages.unique());
        data.insert();
        jobs = new BatchJobs(base);
        agent = Api.as(base, "alice");
        admin = Api.as(base, "ada");
        timeline = new Timeline(agent);
    }

    @Test
    void aDryRunListsWhatTheRunThenDoesTheRunAnonymizesExactlyTheInactiveCustomersAndKeepsTheFacts() throws Exception {
        assertEquals("COMPLETED", jobs.finalStatus(jobs.start("nightly-analytics", Map.of("date", RetentionDataSet.GONE_DAY))));
        List<JsonObject> facts = volumeOfGonesDay();
        assertFalse(facts.isEmpty(), "the day of gone's messages has facts");
        JsonObject goneBefore = profile(data.gone);
        List<JsonObject> goneTimelineBefore = timeline.entriesOf(data.gone);

        long dry = jobs.start("retention", parameters(Map.of("dryRun", "true")));
        assertEquals("COMPLETED", jobs.finalStatus(dry));
        JsonObject dryRun = run(dry);
        assertTrue(dryRun.getBoolean("dryRun"));
        assertTrue(jobs.exitStatus(dry).startsWith("Dry run, nothing changed: "), jobs.exitStatus(dry));
        assertEquals(dryRun.getString("summary"), jobs.exitStatus(dry));
        Map<String, Set<Long>> listed = ours(dryRun);
        assertEquals(Map.of("customer", Set.of(data.gone, data.quiet), "attachment", Set.of(data.recentFile),
                "draft", Set.of(data.staleDraft), "auditEntry", Set.of(data.oldAudit)), listed, "inactive: gone (and absorbed"
                + " with them) and quiet; recent's old file; recent's stale draft (gone's goes with gone); the audit entry"
                + " older than 36 months");
        assertEquals(goneBefore, profile(data.gone), "a dry run changes nothing");
        assertEquals(goneTimelineBefore, timeline.entriesOf(data.gone));
        assertEquals(200, agent.get("/api/v1/attachments/" + data.goneFile).status());
        assertEquals(200, agent.get("/api/v1/attachments/" + data.recentFile).status());
        assertEquals(List.of(data.goneDraft, data.staleDraft, data.freshDraft),
                data.left("REPLY_DRAFT", data.goneDraft, data.staleDraft, data.freshDraft));

        long real = jobs.start("retention", parameters(Map.of()));
        assertEquals("COMPLETED", jobs.finalStatus(real));
        JsonObject done = run(real);
        assertFalse(done.getBoolean("dryRun"));
        assertEquals(done.getString("summary"), jobs.exitStatus(real));
        assertEquals(listed, ours(done), "the run did exactly what the dry run listed");
        assertEquals(dryRun.getJsonObject("cutoffs"), done.getJsonObject("cutoffs"));
        assertEquals("1998-06-01T00:00:00Z", done.getJsonObject("cutoffs").getString("inactiveCustomers"));

        checkAnonymized(data.gone, real);
        checkAnonymized(data.quiet, real);
        JsonObject gone = profile(data.gone);
        assertEquals(List.of("ERP:anonymized-"), gone.getJsonArray("identities").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("type") + ":" + i.getString("value").replaceAll("\\d+$", "")).toList(),
                "only the ERP number stays, as a pseudonym its orders are filed under");
        for (String identity : List.of(data.goneEmail, data.gonePhone, data.goneErpNumber)) {
            assertEquals(List.of(), timeline.customersWith(identity), identity + " finds no one any more");
        }
        assertTrue(agent.get("/api/v1/customers/" + data.gone + "/orders").body().contains(data.goneOrder), "the orders stay");
        JsonObject email = entry(data.gone, "EMAIL", "INBOUND");
        assertEquals("Anonymized customer " + data.gone, email.getString("author"));
        assertEquals("Removed by retention (run " + real + ")", email.getString("text"));
        assertFalse(email.containsKey("subject"));
        assertFalse(email.containsKey("original"));
        JsonObject removedFile = email.getJsonArray("attachments").getJsonObject(0);
        assertEquals("Removed by retention (run " + real + ")", removedFile.getString("omitted"));
        assertFalse(removedFile.containsKey("url"));
        assertEquals("application/pdf", removedFile.getString("contentType"));
        assertEquals("alice", entry(data.gone, "EMAIL", "OUTBOUND").getString("author"), "agents keep their names");
        assertEquals(404, agent.get("/api/v1/attachments/" + data.goneFile).status());
        JsonObject conversation = profile(data.gone).getJsonArray("conversations").getJsonObject(0);
        assertFalse(conversation.containsKey("subject"));
        assertEquals(4, conversation.getJsonObject("csat").getInt("score"), "the CSAT score stays");
        assertFalse(conversation.getJsonObject("csat").containsKey("comment"));
        JsonObject absorbed = profile(data.absorbed);
        assertEquals("Anonymized customer " + data.absorbed, absorbed.getString("name"), "merged into gone, gone with gone");
        assertFalse(timeline.entriesOf(data.absorbed).toString().contains(data.run));
        String merges = agent.get("/api/v1/customers/" + data.gone + "/merges").body();
        assertFalse(merges.contains(data.run), merges);
        Api.Reply undo = Api.as(base, "sam").post("/api/v1/customers/" + data.gone + "/merges/" + data.merge + "/undo", "");
        assertEquals(409, undo.status(), undo.body());
        assertTrue(undo.body().contains("anonymized"), undo.body());

        JsonObject recent = profile(data.recent);
        assertEquals("Ret Recent " + data.run, recent.getString("name"), "active since the cutoff");
        JsonObject oldFileEntry = timeline.entryWithText(data.recent, "Recent sends a file " + data.run);
        JsonObject oldFile = oldFileEntry.getJsonArray("attachments").getJsonObject(0);
        assertEquals("invoice-recent-" + data.run + ".pdf", oldFile.getString("name"));
        assertEquals("Deleted by retention (run " + real + ")", oldFile.getString("omitted"));
        assertEquals(404, agent.get("/api/v1/attachments/" + data.recentFile).status());
        assertEquals("Ret Waiting " + data.run, profile(data.waiting).getString("name"), "an open conversation keeps them");
        assertTrue(timeline.entriesOf(data.waiting).toString().contains("Waiting waits " + data.run));
        assertEquals(List.of(data.freshDraft), data.left("REPLY_DRAFT", data.goneDraft, data.staleDraft, data.freshDraft));
        assertEquals(List.of(data.keptAudit), data.left("AUDIT_ENTRY", data.oldAudit, data.keptAudit));

        JsonObject audited = admin.get("/api/v1/admin/audit?kind=customer&name=" + data.gone).array().getValuesAs(JsonObject.class)
                .stream().filter(a -> !a.getString("action").equals("VIEWED")).findFirst().orElseThrow();
        assertEquals("retention", audited.getString("actor"));
        assertEquals("ANONYMIZED", audited.getString("action"));
        assertEquals(real, audited.getJsonObject("after").getJsonNumber("run").longValue());

        assertEquals(facts, volumeOfGonesDay(), "the facts the reports count are untouched");
        assertEquals("COMPLETED", jobs.finalStatus(jobs.start("nightly-analytics", Map.of("date", RetentionDataSet.GONE_DAY))));
        assertEquals(facts, volumeOfGonesDay(), "and counting the day again from the anonymized rows gives the same");

        long again = jobs.start("retention", parameters(Map.of()));
        assertEquals("COMPLETED", jobs.finalStatus(again));
        assertEquals(Map.of(), ours(run(again)), "a second run finds nothing more to do");
    }

    @Test
    void aStoppedRunRestartedGoesOnWithItsOwnPolicyFromItsLastCheckpoint() throws Exception {
        List<Long> crowd = data.insertCrowd(300);
        long run = jobs.start("retention", parameters(Map.of("chunkSize", "1", "attachments", "off", "drafts", "off")));
        Eventually.get("the first customer anonymized", Duration.ofSeconds(60), () -> {
            Api.Reply reply = admin.get("/api/v1/admin/retention/runs/" + run);
            return reply.status() == 200 && !reply.object().getJsonArray("actions").isEmpty() ? Optional.of(true) : Optional.empty();
        });
        jobs.stop(run);
        assertEquals("STOPPED", jobs.finalStatus(run), "stopped half-way");
        int before = run(run).getJsonArray("actions").size();
        assertTrue(before < crowd.size(), "stopped before the end: " + before);

        jobs.restart(run, Map.of("dryRun", "true"));
        assertEquals("COMPLETED", jobs.finalStatus(run));
        JsonObject done = run(run);
        assertFalse(done.getBoolean("dryRun"), "a restart goes on with the policy the run started with");
        List<String> subjects = done.getJsonArray("actions").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("subject")).toList();
        assertEquals(subjects.size(), Set.copyOf(subjects).size(), "no customer twice");
        assertTrue(subjects.containsAll(crowd.stream().map(String::valueOf).toList()), "the whole crowd");
        for (long customer : List.of(crowd.get(0), crowd.get(crowd.size() - 1))) {
            assertEquals("Anonymized customer " + customer, profile(customer).getString("name"));
        }
    }

    @Test
    void wrongParametersFailTheJobAtOnceNamingThemAndChangeNothing() {
        Map<String, String> wrong = new LinkedHashMap<>();
        wrong.put("asOf", "2000-13-01");
        wrong.put("dryRun", "maybe");
        wrong.put("inactiveCustomers", "24 months");
        wrong.put("dryrun", "true");
        wrong.forEach((name, value) -> {
            Map<String, String> parameters = new HashMap<>(parameters(Map.of()));
            parameters.put(name, value);
            long instance = jobs.start("retention", parameters);
            assertEquals("FAILED", jobs.finalStatus(instance), name);
            String why = jobs.exitStatus(instance);
            assertTrue(why.startsWith("Unknown job parameter " + name) || why.startsWith("Job parameter " + name + " must"), why);
            assertEquals(404, admin.get("/api/v1/admin/retention/runs/" + instance).status(), "no run was recorded");
        });
        assertEquals("Ret Gone " + data.run, profile(data.gone).getString("name"));
        assertEquals(403, agent.get("/api/v1/admin/retention/runs").status(), "agents do not read the runs");
    }

    @Test
    void oldDeadLettersArePurgedAndADryRunOnlyListsThem() {
        String body = "retention dead letter " + data.run;
        Jms.sendToInbound(body);
        String messageId = Eventually.get("a dead letter with body " + body, Duration.ofSeconds(60),
                () -> deadLetterWithBody(body)).getString("messageId");
        Map<String, String> deadLettersOnly = Map.of("inactiveCustomers", "off", "attachments", "off", "drafts", "off",
                "deadLetters", "P0D", "auditEntries", "off");

        Map<String, String> dryRun = new HashMap<>(deadLettersOnly);
        dryRun.put("dryRun", "true");
        long dry = jobs.start("retention", dryRun);
        assertEquals("COMPLETED", jobs.finalStatus(dry));
        assertTrue(subjects(run(dry), "deadLetter").contains(messageId));
        assertTrue(deadLetterWithBody(body).isPresent(), "a dry run keeps it");

        long real = jobs.start("retention", deadLettersOnly);
        assertEquals("COMPLETED", jobs.finalStatus(real));
        assertTrue(subjects(run(real), "deadLetter").contains(messageId));
        assertTrue(jobs.exitStatus(real).endsWith("dead letters purged, drafts off, auditEntries off"), jobs.exitStatus(real));
        assertTrue(deadLetterWithBody(body).isEmpty(), "purged");
    }

    /**
     * The scheduler starts retention without parameters, as its own user: the run applies the configured periods, read
     * when it starts (here all off, so that it touches nobody else's data; configuration set as system properties).
     */
    @Test
    void aScheduledRunAppliesTheConfiguredPeriods() throws Exception {
        List<String> periods = List.of("crm.retention.inactive-customers", "crm.retention.attachments",
                "crm.retention.drafts", "crm.retention.dead-letters", "crm.retention.audit-entries");
        periods.forEach(key -> System.setProperty(key, "off"));
        System.setProperty("crm.batch.schedule.retention", "* * * * *");
        try {
            Instant thisMinute = Instant.now().truncatedTo(ChronoUnit.MINUTES);
            Object scheduler = new InitialContext().lookup("java:global/threadline/threadline-batch/JobScheduler");
            long execution = Eventually.get("a scheduled start of retention", Duration.ofSeconds(90), () -> {
                tick(scheduler);
                return admin.get("/api/v1/admin/batch/schedules").array().getValuesAs(JsonObject.class).stream()
                        .filter(s -> s.getString("job").equals("retention")).flatMap(s -> s.getJsonArray("runs")
                                .getValuesAs(JsonObject.class).stream())
                        .filter(r -> !Instant.parse(r.getString("dueAt")).isBefore(thisMinute) && r.containsKey("executionId"))
                        .map(r -> r.getJsonNumber("executionId").longValue()).findFirst();
            });
            Api operator = Api.as(base, "otto").overHttps("/ibm/api/batch/jobexecutions");
            JsonObject ended = Eventually.get("the scheduled run to end", Duration.ofSeconds(90), () -> {
                JsonObject status = operator.get("/ibm/api/batch/jobexecutions/" + execution).object();
                return List.of("COMPLETED", "FAILED", "STOPPED").contains(status.getString("batchStatus")) ? Optional.of(status)
                        : Optional.empty();
            });
            assertEquals("COMPLETED", ended.getString("batchStatus"), ended.toString());
            assertEquals("inactiveCustomers off, attachments off, deadLetters off, drafts off, auditEntries off", ended.getString("exitStatus"));
        } finally {
            System.clearProperty("crm.batch.schedule.retention");
            periods.forEach(System::clearProperty);
        }
    }

    private static void tick(Object scheduler) {
        try {
            scheduler.getClass().getMethod("tick").invoke(scheduler);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("the scheduler's tick failed", e);
        }
    }

    /** The test's policy: as of 2000-06-01, the configured periods for customers (P24M) and files (P12M). */
    private static Map<String, String> parameters(Map<String, String> more) {
        Map<String, String> parameters = new HashMap<>(Map.of("asOf", RetentionDataSet.AS_OF, "drafts", "P30D",
                "deadLetters", "off", "chunkSize", "2"));
        parameters.putAll(more);
        return parameters;
    }

    /** An anonymized customer as an agent sees them: no name, no identity, nothing they said. */
    private void checkAnonymized(long customer, long run) {
        JsonObject profile = profile(customer);
        assertEquals("Anonymized customer " + customer, profile.getString("name"));
        assertEquals("ANONYMIZED", profile.getString("status"));
        assertFalse(profile.toString().contains(data.run), profile.toString());
        List<JsonObject> entries = timeline.entriesOf(customer);
        assertFalse(entries.toString().contains(data.run), entries.toString());
        assertTrue(entries.stream().anyMatch(e -> e.getString("text", "").startsWith("Anonymized by retention (run " + run + ")")),
                entries.toString());
    }

    private JsonObject profile(long customer) {
        Api.Reply reply = agent.get("/api/v1/customers/" + customer);
        assertEquals(200, reply.status(), reply.body());
        return reply.object();
    }

    private JsonObject entry(long customer, String channel, String direction) {
        return timeline.entriesOf(customer).stream().filter(e -> channel.equals(e.getString("channel", null))
                && direction.equals(e.getString("direction"))).findFirst().orElseThrow();
    }

    private JsonObject run(long instance) {
        Api.Reply reply = admin.get("/api/v1/admin/retention/runs/" + instance);
        assertEquals(200, reply.status(), reply.body());
        return reply.object();
    }

    /** The run's actions on this test's data, by target: the ids of customers, files and drafts. */
    private Map<String, Set<Long>> ours(JsonObject run) {
        return run.getJsonArray("actions").getValuesAs(JsonObject.class).stream()
                .filter(a -> !a.getString("target").equals("deadLetter"))
                .filter(a -> data.owns(Long.parseLong(a.getString("subject"))))
                .collect(Collectors.groupingBy(a -> a.getString("target"),
                        Collectors.mapping(a -> Long.parseLong(a.getString("subject")), Collectors.toSet())));
    }

    private static Set<String> subjects(JsonObject run, String target) {
        return run.getJsonArray("actions").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("target").equals(target)).map(a -> a.getString("subject")).collect(Collectors.toSet());
    }

    private List<JsonObject> volumeOfGonesDay() {
        String day = RetentionDataSet.GONE_DAY;
        Api.Reply reply = Api.as(base, "sam").get("/api/v1/reports/volume?from=" + day + "&to=" + day + "&by=day,channel,agent");
        assertEquals(200, reply.status(), reply.body());
        return reply.object().getJsonArray("rows").getValuesAs(JsonObject.class);
    }

    private Optional<JsonObject> deadLetterWithBody(String body) {
        Api.Reply reply = admin.get("/api/v1/admin/dead-letters?max=1000");
        assertEquals(200, reply.status(), reply.body());
        return reply.array().getValuesAs(JsonObject.class).stream().filter(l -> body.equals(l.getString("body", null))).findFirst();
    }
}
