package io.threadline.it.bench;

import io.threadline.it.Configuration;

import java.net.URL;
import java.util.List;

/**
 * The configuration the benchmark measures with by default ({@code -Dbench.configuration=realistic}), put in place
 * through the admin API as ada, the way an admin would: two calendars (office hours in Berlin, and 24/7), three PUSH
 * queues (round robin, least loaded, one that requires a skill) and three PULL ones, ten agents in teams with
 * capacities and skills, all set ONLINE, and the rules of {@link RealisticRules}: 20 routing rules, 5 SLA policies
 * and 10 automation rules (tags, priorities and notes; no replies or webhooks, there is no provider to answer them).
 * <p>
 * The agents can hold 42 open conversations together, fewer on chat, SMS and WhatsApp, and more than half of the
 * messages go to a push queue: they fill up within the first few hundred messages (of CI's 400 too), and from then on
 * the push queues' conversations wait, as in a busy hour. Queues and agents carry the run's name (they cannot all be deleted again: a queue that
 * holds conversations stays), so a later run on the same database starts with empty queues and idle agents.
 */
final class RealisticConfiguration {

    private static final List<String> CALENDARS = List.of("""
            {"name": "Berlin office", "zone": "Europe/Berlin",
             "hours": {"MON": ["08:00-20:00"], "TUE": ["08:00-20:00"], "WED": ["08:00-20:00"], "THU": ["08:00-20:00"],
                       "FRI": ["08:00-18:00"], "SAT": ["10:00-14:00"]},
             "holidays": ["2026-12-24", "2026-12-25", "2026-12-26", "2027-01-01"]}""", """
            {"name": "Around the clock", "zone": "UTC",
             "hours": {"MON": ["00:00-24:00"], "TUE": ["00:00-24:00"], "WED": ["00:00-24:00"], "THU": ["00:00-24:00"],
                       "FRI": ["00:00-24:00"], "SAT": ["00:00-24:00"], "SUN": ["00:00-24:00"]}}""");

    private static final List<String> QUEUES = List.of(
            """
            {"name": "support-{run}", "team": "Support", "mode": "PUSH", "strategy": "ROUND_ROBIN"}""",
            """
            {"name": "priority-{run}", "team": "Premium", "mode": "PUSH", "strategy": "LEAST_LOADED"}""",
            """
            {"name": "billing-{run}", "team": "Finance", "mode": "PUSH", "strategy": "ROUND_ROBIN", "skills": ["billing"]}""",
            """
            {"name": "german-{run}", "team": "DACH", "mode": "PULL"}""",
            """
            {"name": "french-{run}", "mode": "PULL"}""",
            """
            {"name": "social-{run}", "team": "Support", "mode": "PULL"}""");

    /** Username (before the run's suffix) and profile; capacities add up to 42. */
    private static final List<List<String>> AGENTS = List.of(
            List.of("mia", """
                    {"capacity": {"default": 5, "CHAT": 3}, "skills": ["en"], "teams": ["Support"]}"""),
            List.of("noah", """
                    {"capacity": {"default": 5, "CHAT": 3}, "skills": ["en", "es"], "teams": ["Support"]}"""),
            List.of("lena", """
                    {"capacity": {"default": 4, "SMS": 2}, "skills": ["en", "de"], "teams": ["Support", "DACH"]}"""),
            List.of("jonas", """
                    {"capacity": {"default": 4}, "skills": ["de", "billing"], "teams": ["Finance", "DACH"]}"""),
            List.of("chloe", """
                    {"capacity": {"default": 4}, "skills": ["en", "fr"], "teams": ["Support"]}"""),
            List.of("omar", """
                    {"capacity": {"default": 3}, "skills": ["en", "billing"], "teams": ["Finance"]}"""),
            List.of("sofia", """
                    {"capacity": {"default": 4}, "skills": ["en", "billing"], "teams": ["Finance", "Premium"]}"""),
            List.of("liam", """
                    {"capacity": {"default": 5, "CHAT": 2}, "skills": ["en"], "teams": ["Premium", "Support"]}"""),
            List.of("emma", """
                    {"capacity": {"default": 4}, "skills": ["en", "de", "fr"], "teams": ["Premium"]}"""),
            List.of("lucas", """
                    {"capacity": {"default": 4, "WHATSAPP": 2}, "skills": ["en"], "teams": ["Support"]}"""));

    private final Configuration configuration;
    private final String run;

    RealisticConfiguration(URL base, String run) {
        this.configuration = new Configuration(base);
        this.run = run;
    }

    /** Creates everything and sets the agents ONLINE; {@link #remove()} takes it away again. */
    void load() {
        CALENDARS.forEach(json -> create("calendars", json));
        QUEUES.forEach(json -> create("queues", json));
        for (List<String> agent : AGENTS) {
            String username = agent.get(0) + "-" + run;
            configuration.agent(username, agent.get(1));
            configuration.presence(username, "ONLINE");
        }
        RealisticRules.ROUTING.forEach(json -> create("routing-rules", json));
        RealisticRules.SLA_POLICIES.forEach(json -> create("sla-policies", json));
        RealisticRules.AUTOMATION.forEach(json -> create("automation-rules", json));
    }

    /** Deletes the rules, policies and calendars, and the queues that hold no conversation; the agents go OFFLINE. */
    void remove() {
        configuration.removeAll();
    }

    private void create(String kind, String json) {
        configuration.create(kind, json.replace("{run}", run));
    }
}
