package io.threadline.routing;

import io.threadline.conversation.Conversation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The teams, their members and their queues, as the agents' and queues' configuration says. A team is the set of
 * agents whose {@code teams} name it; escalating to a team puts the conversation in the team's queue (the queue whose
 * {@code team} it is, else the queue of the team's name). Every agent can be assigned and @mentioned.
 */
@Stateless
public class Teams {

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @Inject
    private QueueDocuments queues;

    /** Every queue's name; the default queue is always one. */
    public Set<String> queues() {
        Set<String> names = new TreeSet<>();
        queues.all().forEach(q -> names.add(q.name()));
        names.add(Conversation.DEFAULT_QUEUE);
        return names;
    }

    public Set<String> names() {
        Set<String> teams = new TreeSet<>();
        agentsList().forEach(a -> teams.addAll(a.getTeams()));
        queues.all().stream().map(QueueDefinition::team).filter(t -> t != null).forEach(teams::add);
        return teams;
    }

    public boolean exists(String team) {
        return names().contains(team);
    }

    /** The queue conversations escalated to {@code team} wait in. */
    public Optional<String> queueOf(String team) {
        return queues.all().stream().filter(q -> team.equals(q.team())).map(QueueDefinition::name).findFirst()
                .or(() -> queues.named(team).map(QueueDefinition::name));
    }

    public Set<String> agents() {
        Set<String> agents = new TreeSet<>();
        agentsList().forEach(a -> agents.add(a.getUsername()));
        return agents;
    }

    public boolean isAgent(String user) {
        return em.find(Agent.class, user) != null;
    }

    public List<String> teamsOf(String user) {
        Agent agent = em.find(Agent.class, user);
        return agent == null ? List.of() : agent.getTeams().stream().sorted().toList();
    }

    private List<Agent> agentsList() {
        return em.createNamedQuery("Agent.all", Agent.class).getResultList();
    }
}
