package io.threadline.routing;

import io.threadline.audit.AuditLog;
import io.threadline.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * The agents' routing profiles and presence. An admin defines capacity, skills and teams (audited); an agent sets
 * their own presence, a supervisor anyone's. Whenever an agent may take more (online, more capacity) the conversations
 * waiting for them are offered; when one goes offline, their open conversations go back to their queues if
 * {@code crm.routing.return-on-offline} says so.
 */
@Stateless
public class Agents {

    private static final Logger LOG = Logger.getLogger(Agents.class.getName());

    @PersistenceContext(unitName = "threadline")
    private EntityManager em;

    @EJB
    private AuditLog audit;

    @EJB
    private AutoAssignment assignment;

    @Inject
    @ConfigProperty(name = "crm.routing.return-on-offline", defaultValue = "false")
    boolean returnOnOffline;

    public List<JsonObject> list() {
        return em.createNamedQuery("Agent.all", Agent.class).getResultStream()
                .map(a -> a.definition().toJson(a.getPresence())).toList();
    }

    public JsonObject get(String username) {
        Agent agent = em.find(Agent.class, username);
        if (agent == null) {
            throw new NotFoundException("Agent", username);
        }
        return agent.definition().toJson(agent.getPresence());
    }

    /** Creates or changes an agent's profile; returns it. */
    public JsonObject define(String username, JsonValue body, String actor) {
        AgentDefinition definition = AgentDefinition.parse(username, body);
        Agent agent = em.find(Agent.class, username, LockModeType.PESSIMISTIC_WRITE);
        JsonObject before = null;
        if (agent == null) {
            agent = new Agent(username);
            em.persist(agent);
        } else {
            before = agent.definition().toJson(agent.getPresence());
        }
        agent.define(definition);
        JsonObject after = agent.definition().toJson(agent.getPresence());
        audit.record(actor, before == null ? "CREATED" : "CHANGED", "agent", username, before, after);
        assignment.offerWaitingAfterCommit(username);
        return after;
    }

    /** Sets a presence; an agent not defined yet gets a profile with the defaults. Returns whether it changed. */
    public boolean changePresence(String username, Presence presence, Instant at) {
        Agent agent = em.find(Agent.class, username, LockModeType.PESSIMISTIC_WRITE);
        if (agent == null) {
            agent = new Agent(username);
            em.persist(agent);
        }
        if (!agent.changePresence(presence, at)) {
            return false;
        }
        if (presence == Presence.ONLINE) {
            assignment.offerWaitingAfterCommit(username);
        } else if (presence == Presence.OFFLINE && returnOnOffline) {
            assignment.returnToQueues(username);
        }
        return true;
    }

    public Presence presenceOf(String username) {
        Agent agent = em.find(Agent.class, username);
        return agent == null ? Presence.OFFLINE : agent.getPresence();
    }

    /** The workspace is open and in use: keeps an online agent from being counted idle. */
    public void seen(String username, Instant at) {
        Agent agent = em.find(Agent.class, username);
        if (agent != null) {
            agent.seen(at);
        }
    }

    /** Online agents whose workspace has been silent for longer than {@code limit} go AWAY. Returns how many. */
    public int awayWhenIdle(Duration limit, Instant now) {
        List<Agent> idle = em.createNamedQuery("Agent.idleSince", Agent.class).setParameter("before", now.minus(limit))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        idle.forEach(agent -> {
            agent.changePresence(Presence.AWAY, now);
            LOG.fine(() -> agent.getUsername() + " is away: no sign of the workspace for " + limit);
        });
        return idle.size();
    }
}
