package io.threadline.it;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a security review checks from outside: a change the API is asked for with an agent's session cookie from
 * another site is refused, every kind of answer carries the security headers, and a body that is not valid UTF-8 or
 * is nested too deeply is refused before anything reads it, with nothing stored.
 */
class WebHardeningIT extends ContainerTest {

    private static final String HEARTBEAT = "/api/v1/agents/me/heartbeat";
    /** An address Liberty sends from HTTP to HTTPS, which gives the HTTPS port. */
    private static final String PROBE = "/ibm/api/batch/jobinstances";

    private Api erp;
    private Timeline timeline;

    @BeforeEach
    void clients() {
        erp = Api.as(base, "erp");
        timeline = new Timeline(Api.as(base, "alice"));
    }

    @Test
    void aChangeWithTheSessionCookieIsRefusedUnlessItComesFromThreadlinesOwnPages() {
        Map<String, String> cookies = signIn("alice");
        String own = base.getProtocol() + "://" + base.getAuthority();

        Api.Reply crossSite = withCookies("POST", HEARTBEAT, cookies, Map.of("Origin", "https://attacker.example"));
        assertEquals(403, crossSite.status(), crossSite.body());
        assertTrue(crossSite.body().contains("\"error\":\"cross_site_request\""), crossSite.body());

        Api.Reply noPage = withCookies("POST", HEARTBEAT, cookies, Map.of());
        assertEquals(403, noPage.status(), "a change with a cookie and neither Origin nor Referer: " + noPage.body());

        Api.Reply foreignReferer = withCookies("POST", HEARTBEAT, cookies, Map.of("Referer", "https://attacker.example/form.html"));
        assertEquals(403, foreignReferer.status(), foreignReferer.body());

        assertEquals(204, withCookies("POST", HEARTBEAT, cookies, Map.of("Origin", own)).status());
        assertEquals(204, withCookies("POST", HEARTBEAT, cookies, Map.of("Referer", own + "/agent/inbox.xhtml")).status());
        assertEquals(200, withCookies("GET", "/api/v1/agents/me/presence", cookies, Map.of("Origin", "https://attacker.example")).status(),
                "reading is not a change: the browser's own rules keep another site from seeing the answer");
        String basic = "Basic " + Base64.getEncoder().encodeToString("alice:threadline".getBytes(StandardCharsets.UTF_8));
        assertEquals(204, browserRequest("POST", HEARTBEAT, Map.of("Authorization", basic, "Origin", "https://attacker.example"))
                .status(), "HTTP Basic is not sent by browsers on their own, so it needs no page check");
    }

    @Test
    void repeatedFailedSignInsAreSlowedDownTheSameWhetherOrNotTheNameExists() throws InterruptedException {
        String nobody = "nobody-" + Messages.unique();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, basic("alice", "wrong-" + attempt).status(), "alice's failure " + attempt);
            assertEquals(401, basic(nobody, "wrong-" + attempt).status(), "the unknown name's failure " + attempt);
        }
        Api.Reply alice = basic("alice", "threadline");
        Api.Reply unknown = basic(nobody, "threadline");
        assertEquals(429, alice.status(), "even the right password waits: " + alice.body());
        assertEquals("1", alice.header("Retry-After"));
        assertEquals(alice.body().replace(alice.header("Retry-After"), "N"), unknown.body().replace(unknown.header("Retry-After"), "N"),
                "the answer does not tell a real account from an unknown name");
        assertTrue(alice.body().contains("\"error\":\"too_many_sign_in_failures\""), alice.body());

        Thread.sleep(1_100);
        assertEquals(204, basic("alice", "threadline").status(), "after the pause the right password signs in");
        assertEquals(401, basic("alice", "wrong-again").status(), "and clears alice's failures: no pause for the next one");
        assertEquals(204, basic("alice", "threadline").status());
    }

    @Test
    void signInCookiesAreHttpOnlyAndNotSentWithOtherSitesRequests() {
        List<String> setCookies = signInAnswer("alice").headers().entrySet().stream()
                .filter(h -> "Set-Cookie".equalsIgnoreCase(h.getKey())).flatMap(h -> h.getValue().stream()).toList();
        String ltpa = setCookies.stream().filter(c -> c.startsWith("LtpaToken2=")).findFirst().orElse(null);
        assertNotNull(ltpa, "the sign-in sets the login cookie: " + setCookies);
        assertTrue(ltpa.contains("HttpOnly"), ltpa);
        assertTrue(ltpa.contains("SameSite=Lax"), ltpa);
    }

    /**
     * A page's scripts run only when the page put them there: each page answer carries a policy with a nonce of its
     * own, every script element of the page has that nonce, and no element carries an inline event handler.
     */
    @Test
    void pagesRunOnlyTheirOwnScripts() {
        Map<String, String> alice = signIn("alice");
        String inbox = csp(withCookies("GET", "/agent/inbox.xhtml", alice, Map.of()));
        String again = csp(withCookies("GET", "/agent/inbox.xhtml", alice, Map.of()));
        assertTrue(!inbox.equals(again), "a fresh nonce for each answer");
        csp(Api.as(base, null).get("/login.xhtml"));
    }

    /** The Content-Security-Policy headers of an answer: Threadline's, and on pages PrimeFaces' script policy. */
    private static List<String> policies(Api.Reply reply) {
        return reply.headers().entrySet().stream().filter(h -> "Content-Security-Policy".equalsIgnoreCase(h.getKey()))
                .flatMap(h -> h.getValue().stream()).toList();
    }

    /** The page's script policy's nonce, after checking that every script of the page carries it. */
    private static String csp(Api.Reply page) {
        assertEquals(200, page.status());
        List<String> policies = policies(page);
        String nonce = policies.stream().map(p -> Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]+)'").matcher(p))
                .filter(Matcher::find).map(m -> m.group(1)).findFirst()
                .orElseThrow(() -> new AssertionError("no script policy with a nonce: " + policies));
        Matcher scripts = Pattern.compile("<script\\b[^>]*>").matcher(page.body());
        int count = 0;
        while (scripts.find()) {
            count++;
            assertTrue(scripts.group().contains("nonce=\"" + nonce + "\""), "a script without the page's nonce: " + scripts.group());
        }
        assertTrue(count > 0, "the page has scripts");
        Matcher handler = Pattern.compile("<[a-z]+\\s[^>]*\\son(click|change|keydown|keyup|submit|load|focus|blur|input)=").matcher(page.body());
        assertTrue(!handler.find(), "an inline event handler: " + (handler.find(0) ? handler.group() : ""));
        return nonce;
    }

    @Test
    void everyKindOfAnswerCarriesTheSecurityHeaders() {
        Api anonymous = Api.as(base, null);
        Map<String, Api.Reply> answers = new LinkedHashMap<>();
        answers.put("sign-in page", anonymous.get("/login.xhtml"));
        answers.put("API answer", Api.as(base, "alice").get("/api/v1/agents/me/presence"));
        answers.put("API refusal", anonymous.get("/api/v1/agents/me/presence"));
        answers.put("API error", erp.post("/api/v1/messages", "{\"channel\": 7}"));
        answers.put("script", anonymous.get("/chat/widget.js"));
        answers.put("unknown address", anonymous.get("/no-such-page.html"));
        answers.forEach((kind, reply) -> {
            assertTrue(policies(reply).contains("object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'"),
                    kind + " " + reply.status() + ": " + policies(reply));
            assertEquals("SAMEORIGIN", reply.header("X-Frame-Options"), kind);
            assertEquals("nosniff", reply.header("X-Content-Type-Options"), kind);
            assertEquals("same-origin", reply.header("Referrer-Policy"), kind);
            assertEquals(null, reply.header("Strict-Transport-Security"), kind + ": HSTS only over HTTPS");
        });
        Api.Reply overHttps = Api.as(base, "otto").overHttps(PROBE).get("/login.xhtml");
        assertEquals("max-age=31536000", overHttps.header("Strict-Transport-Security"), "over HTTPS " + overHttps.status());
    }

    @Test
    void metricsTakeAnAdministratorAndLiveUpdatesASignedInUser() {
        Api.Reply push = Api.as(base, null).get("/jakarta.faces.push/workspace");
        assertEquals(302, push.status(), "an anonymous live-update socket: " + push.body());
        assertTrue(push.location().contains("/login.xhtml"), push.location());

        String metrics = "/metrics?scope=application";
        Api.Reply overHttp = Api.as(base, null).get(metrics);
        assertTrue(overHttp.status() != 200 && !overHttp.body().contains("threadline_"), "anonymous over HTTP: " + overHttp.status());
        assertEquals(401, Api.as(base, null).overHttps(PROBE).get(metrics).status(), "anonymous over HTTPS");
        assertEquals(403, Api.as(base, "alice").overHttps(PROBE).get(metrics).status(), "an agent");
        Api.Reply admin = Api.as(base, "ada").overHttps(PROBE).get(metrics);
        assertEquals(200, admin.status());
        assertTrue(admin.body().contains("threadline_"), "the application's counters for an administrator");
    }

    @Test
    void aBodyThatIsNotValidUtf8IsRefusedAndNothingIsStored() {
        String handle = Messages.uniquePhone();
        byte[] json = Messages.canonical("SMS", "SM" + Messages.unique(), handle, "Lena", "caf\u00e9", null)
                .getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = new String(json, StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1);

        Api.Reply reply = erp.postBytes("/api/v1/messages", latin1, "application/json");

        assertEquals(400, reply.status(), reply.body());
        assertEquals("body", reply.object().getString("field"));
        assertEquals("body: is not valid UTF-8", reply.object().getString("message"));
        assertEquals(202, erp.postBytes("/api/v1/messages", json, "application/json").status(),
                "the same message in UTF-8 is taken");
        long customer = Eventually.get("the UTF-8 message's customer", Duration.ofSeconds(30),
                () -> timeline.customersWith(handle).stream().findFirst()).getJsonNumber("id").longValue();
        List<String> texts = Eventually.get("the UTF-8 message on the timeline", Duration.ofSeconds(30),
                () -> Optional.of(timeline.entriesOf(customer)).filter(entries -> !entries.isEmpty()))
                .stream().map(entry -> entry.getString("text", "")).filter(text -> text.startsWith("caf")).toList();
        assertEquals(List.of("caf\u00e9"), texts, "only the UTF-8 message is on the timeline, its text intact");
    }

    @Test
    void jsonNestedTooDeeplyIsRefusedNamingTheLimit() {
        String deep = "[".repeat(65) + "]".repeat(65);
        String message = "{\"channel\":\"SMS\",\"externalId\":\"SM" + Messages.unique() + "\",\"from\":{\"handle\":\""
                + Messages.uniquePhone() + "\"},\"text\":\"hi\",\"extra\":" + deep + "}";

        Api.Reply reply = erp.post("/api/v1/messages", message);

        assertEquals(400, reply.status(), reply.body());
        assertEquals("body: JSON nested deeper than 64 levels (crm.api.max-json-depth)", reply.object().getString("message"));
        Api.Reply huge = erp.post("/api/v1/messages", "[".repeat(500_000));
        assertEquals(400, huge.status(), "half a million brackets: " + huge.status());
    }

    private Api.Reply basic(String user, String password) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return browserRequest("POST", HEARTBEAT, Map.of("Authorization", "Basic " + credentials));
    }

    private Map<String, String> signIn(String user) {
        return Api.signIn(base, user);
    }

    private Api.Reply signInAnswer(String user) {
        return Api.signInAnswer(base, user);
    }

    /** A request as a browser sends it with the agent's cookies. */
    private Api.Reply withCookies(String method, String path, Map<String, String> cookies, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (!cookies.isEmpty()) {
            all.put("Cookie", String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
        }
        return browserRequest(method, path, all);
    }

    private Api.Reply browserRequest(String method, String path, Map<String, String> headers) {
        return Api.as(base, null).fromBrowser(method, path, headers);
    }
}
