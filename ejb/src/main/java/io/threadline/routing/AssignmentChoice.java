package io.threadline.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may be given a conversation of a PUSH queue, best first: online agents who serve the queue and have every skill
 * it and the conversation require; round robin puts whoever got one least recently first, least loaded whoever holds
 * fewest open conversations (then whoever waited longest). Whether they have room is checked under their lock.
 */
final class AssignmentChoice {

    private static final Comparator<Agent> LONGEST_WAITING = Comparator.comparing(Agent::getLastAssignedAt,
            Comparator.nullsFirst(Comparator.naturalOrder()));
    private static final Comparator<Agent> BY_NAME = Comparator.comparing(Agent::getUsername);

    private AssignmentChoice() {
    }

    static boolean fits(Agent agent, QueueDefinition queue, Set<String> requiredSkills) {
        return agent.getPresence() == Presence.ONLINE && queue.servedBy(agent) && agent.has(queue.skills())
                && agent.has(requiredSkills);
    }

    /** {@code loads}: open conversations per agent, needed for LEAST_LOADED only. */
    static List<Agent> order(List<Agent> fitting, QueueDefinition.Strategy strategy, Map<String, Long> loads) {
        Comparator<Agent> order = strategy == QueueDefinition.Strategy.LEAST_LOADED
                ? Comparator.<Agent>comparingLong(a -> loads.getOrDefault(a.getUsername(), 0L)).thenComparing(LONGEST_WAITING)
                : LONGEST_WAITING;
        return fitting.stream().sorted(order.thenComparing(BY_NAME)).toList();
    }
}
