package io.threadline.routing;

import io.threadline.configuration.ConfigKind;
import io.threadline.configuration.ConfigurationStore;
import io.threadline.conversation.Conversation;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * On the first start of an empty database: the default queue (PULL: conversations no rule places wait there until an
 * agent takes one), and the agents and teams of {@code crm.teams} ({@code team:user,user;team:user}), each team with a
 * PULL queue of its name. From then on they are data, changed through the admin API and pages.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class RoutingDefaults {

    private static final Logger LOG = Logger.getLogger(RoutingDefaults.class.getName());
    private static final String SYSTEM = "system";

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private ConfigurationStore store;

    @Inject
    private QueueDocuments queues;

    @Inject
    @ConfigProperty(name = "crm.teams", defaultValue = "support:alice,bob;billing:alice;supervisors:sam")
    String teams;

    @PostConstruct
    void seed() {
        store.lockRevision();
        if (!store.exists(ConfigKind.QUEUE, Conversation.DEFAULT_QUEUE)) {
            create(new QueueDefinition(Conversation.DEFAULT_QUEUE, null, QueueDefinition.Mode.PULL,
                    QueueDefinition.Strategy.ROUND_ROBIN, Set.of()));
        }
        if (em.createQuery("SELECT COUNT(a) FROM Agent a", Long.class).getSingleResult() > 0) {
            return;
        }
        Map<String, List<String>> members = parse(teams);
        Map<String, Set<String>> teamsOfAgent = new LinkedHashMap<>();
        members.forEach((team, users) -> users.forEach(u -> teamsOfAgent.computeIfAbsent(u, x -> new TreeSet<>()).add(team)));
        teamsOfAgent.forEach((user, itsTeams) -> {
            Agent agent = new Agent(user);
            agent.define(new AgentDefinition(user, Agent.DEFAULT_CAPACITY, Map.of(), Set.of(), itsTeams));
            em.persist(agent);
        });
        members.keySet().stream().filter(team -> !store.exists(ConfigKind.QUEUE, team)).forEach(team ->
                create(new QueueDefinition(team, team, QueueDefinition.Mode.PULL, QueueDefinition.Strategy.ROUND_ROBIN, Set.of())));
        LOG.info(() -> "Routing: agents " + teamsOfAgent.keySet() + " and teams " + members.keySet() + " from crm.teams");
    }

    private void create(QueueDefinition queue) {
        store.create(queues, queue.name(), 0, queues.toJson(queue), SYSTEM);
    }

    static Map<String, List<String>> parse(String spec) {
        Map<String, List<String>> teams = new LinkedHashMap<>();
        for (String team : spec.split(";")) {
            if (team.isBlank()) {
                continue;
            }
            int colon = team.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("crm.teams: '" + team.trim() + "' is not team:user,user");
            }
            teams.put(team.substring(0, colon).trim(), List.of(team.substring(colon + 1).split(",")).stream()
                    .map(String::trim).filter(u -> !u.isEmpty()).toList());
        }
        return teams;
    }
}
