package io.threadline.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Threadline on a directory (auth.type=ldap, the LDAP run's server): people sign in with their directory password,
 * and the directory's groups, named as the company names them ("CRM Agents", ...), give the roles the server's
 * configuration maps them to. A group inside a group counts; someone in no mapped group signs in and sees nothing.
 * The server also takes HTTPS only, as production does (web.https-only).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LdapSignInIT {

    /**
     * The server deploys Threadline itself from its apps directory (security-ldap.xml), not the test container, and
     * takes HTTPS only (web.https-only).
     */
    private static final URL base = localhost("https", Integer.getInteger("container.https.port", 0));
    private static final URL plainHttp = localhost("http", Integer.getInteger("container.http.port", 0));

    private static final String VOLUME = "/api/v1/reports/volume?from=" + LocalDate.now(ZoneOffset.UTC)
            + "&to=" + LocalDate.now(ZoneOffset.UTC);

    @BeforeAll
    static void onlyOnTheLdapRunOnceThreadlineIsUp() {
        assumeTrue(TestDirectory.isRunning(), "only on the server with auth.type=ldap, where the test directory runs");
        Eventually.get("Threadline started on the LDAP server", Duration.ofSeconds(180), () -> {
            try {
                return Api.as(base, null).get("/health/ready").status() == 200 ? Optional.of(true) : Optional.empty();
            } catch (UncheckedIOException notListeningYet) {
                return Optional.empty();
            }
        });
    }

    private static URL localhost(String scheme, int port) {
        try {
            return new URL(scheme + "://localhost:" + port + "/");
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void directoryGroupsGiveTheRolesTheConfigurationMapsThemTo() {
        Api lina = Api.as(base, "lina", "pw-lina");
        assertEquals(200, lina.get("/api/v1/agents/me/presence").status(), "CRM Agents: an agent");
        assertEquals(403, lina.get("/api/v1/admin/audit").status(), "but no supervisor");
        assertEquals(200, Api.as(base, "marc", "pw-marc").get("/api/v1/agents/me/presence").status(),
                "in Support Team, a group inside CRM Agents");

        Api ines = Api.as(base, "ines", "pw-ines");
        assertEquals(200, ines.get("/api/v1/admin/audit").status(), "CRM Supervisors: a supervisor");
        assertEquals(200, ines.get("/api/v1/agents/me/presence").status(), "and an agent");
        assertEquals(403, ines.get("/api/v1/admin/dead-letters").status(), "but no admin");
        assertEquals(200, Api.as(base, "vera", "pw-vera").get("/api/v1/admin/dead-letters").status(), "CRM Administrators");

        Api.Reply sent = Api.as(base, "billing-bridge", "pw-billing-bridge").post("/api/v1/messages",
                Messages.canonical("SMS", "SM" + Messages.unique(), Messages.uniquePhone(), "Dir Ect", "hello", null));
        assertEquals(202, sent.status(), "CRM Integrations: an integration: " + sent.body());
        assertEquals(200, Api.as(base, "otis", "pw-otis").get("/ibm/api/batch/jobinstances").status(),
                "CRM Batch Operators: Liberty's batch API");

        Api noel = Api.as(base, "noel", "pw-noel");
        assertEquals(403, noel.get("/api/v1/agents/me/presence").status(),
                "a group called agents means nothing on a directory unless configured");
        assertEquals(401, Api.as(base, "lina", "threadline").get("/api/v1/agents/me/presence").status(), "a wrong password");
        assertEquals(401, Api.as(base, "alice", "threadline").get("/api/v1/agents/me/presence").status(),
                "the demo accounts are not there");
    }

    /**
     * A custom role is a group of the directory put into the permission groups it should have: Quality Reviewers sits in
     * CRM Read Only and CRM Exporters, so quentin reads and downloads reports, and changes nothing; rosa, in CRM Read
     * Only alone, reads and downloads nothing.
     */
    @Test
    void aCustomRoleHasThePermissionsOfTheGroupsItsGroupIsIn() {
        String phone = Messages.uniquePhone();
        assertEquals(202, Api.as(base, "billing-bridge", "pw-billing-bridge").post("/api/v1/messages",
                Messages.canonical("SMS", "SM" + Messages.unique(), phone, "Cus Tom", "custom roles", null)).status());
        JsonObject customer = Eventually.get("the customer", Duration.ofSeconds(30), () -> Api.as(base, "lina", "pw-lina")
                .get("/api/v1/customers?identity=" + phone.replace("+", "%2B")).array().getValuesAs(JsonObject.class)
                .stream().findFirst());
        String conversation = "/api/v1/conversations/"
                + customer.getJsonArray("conversations").getJsonObject(0).getJsonNumber("id");

        Api quentin = Api.as(base, "quentin", "pw-quentin");
        assertEquals(200, quentin.get(conversation).status(), "Quality Reviewers read conversations");
        assertEquals(200, quentin.get(VOLUME + "&format=csv").status(), "and download reports");
        assertEquals(403, quentin.post(conversation + "/notes", "{\"text\": \"hi\"}").status(), "but change nothing");

        Api rosa = Api.as(base, "rosa", "pw-rosa");
        assertEquals(200, rosa.get(conversation).status(), "CRM Read Only: view-only");
        assertEquals(200, rosa.get(VOLUME).status());
        assertEquals(403, rosa.get(VOLUME + "&format=csv").status(), "no export");
        assertEquals(403, rosa.put(conversation + "/status", "{\"status\": \"RESOLVED\"}").status());
        assertEquals(403, Api.as(base, "lina", "pw-lina").get(VOLUME).status(), "agents see no reports");

        Api bea = Api.as(base, "bea", "pw-bea");
        assertEquals(200, bea.get(VOLUME + "&format=csv").status(), "CRM Exporters alone: export");
        assertEquals(403, bea.get(conversation).status(), "and nothing to read in the workspace");
        String cookie = ltpaSetCookie(formSignIn("bea", "pw-bea")).split(";")[0];
        assertEquals(base + "reports/index.xhtml", Api.as(base, null).fromBrowser("GET", "/", Map.of("Cookie", cookie)).location(),
                "her start page is the reports");
    }

    @Test
    void plainHttpIsSentOnToHttps() {
        Api.Reply page = Api.as(plainHttp, null).get("/login.xhtml?failed=true");
        assertEquals(308, page.status());
        assertEquals(base + "login.xhtml?failed=true", page.location());
        Api.Reply post = Api.as(plainHttp, null).postForm("/j_security_check", Map.of("j_username", "lina",
                "j_password", "pw-lina"), Map.of());
        assertEquals(308, post.status(), "a form post stays a post, to HTTPS");
        assertEquals(base + "j_security_check", post.location());
        Api.Reply api = Api.as(plainHttp, "lina", "pw-lina").get("/api/v1/agents/me/presence");
        assertEquals(308, api.status());
        assertEquals("max-age=31536000", Api.as(base, null).get("/login.xhtml").header("Strict-Transport-Security"));
    }

    /** The scheduler's run-as user is the directory's service account (ldap.scheduler.user), in CRM Batch Operators. */
    @Test
    void theSchedulerStartsJobsAsTheDirectorysServiceAccount() {
        Api otis = Api.as(base, "otis", "pw-otis");
        JsonObject scheduled = Eventually.get("a retention run the scheduler started", Duration.ofSeconds(100), () ->
                otis.get("/ibm/api/batch/jobinstances?pageSize=100").array().getValuesAs(JsonObject.class).stream()
                        .filter(i -> "retention".equals(i.getString("jobName", null)))
                        .filter(i -> "crm-scheduler".equals(i.getString("submitter", null))).findFirst());
        assertEquals("retention", scheduled.getString("jobName"));
    }

    @Test
    void peopleSignInThroughTheFormWithTheirDirectoryPassword() {
        Api.Reply signedIn = formSignIn("lina", "pw-lina");
        assertEquals(302, signedIn.status(), signedIn.body());
        String ltpa = ltpaSetCookie(signedIn);
        String cookie = ltpa.split(";")[0];
        Api.Reply inbox = Api.as(base, null).fromBrowser("GET", "/agent/inbox.xhtml", Map.of("Cookie", cookie));
        assertEquals(200, inbox.status());
        assertTrue(inbox.body().contains(">lina<"), "the top bar names her");
        assertTrue(ltpa.contains("Secure"), "the login cookie never travels unencrypted: " + ltpa);

        Api.Reply refused = Api.as(base, null).postForm("/j_security_check", Map.of("j_username", "lina",
                "j_password", "wrong"), Map.of());
        assertTrue(refused.location() != null && refused.location().contains("login"), "back to the sign-in page: " + refused.location());
    }

    private static Api.Reply formSignIn(String user, String password) {
        return Api.as(base, null).postForm("/j_security_check", Map.of("j_username", user, "j_password", password), Map.of());
    }

    /** The login cookie the sign-in set, with its attributes. */
    private static String ltpaSetCookie(Api.Reply signedIn) {
        return signedIn.headers().entrySet().stream().filter(h -> "Set-Cookie".equalsIgnoreCase(h.getKey()))
                .flatMap(h -> h.getValue().stream()).filter(c -> c.startsWith("LtpaToken2=")).findFirst()
                .orElseThrow(() -> new AssertionError("no login cookie: " + signedIn.headers()));
    }
}
