package io.threadline.routing;

import io.threadline.shared.Channel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssignmentChoiceTest {

    private static final Instant T0 = Instant.parse("2026-11-26T09:00:00Z");
    private final QueueDefinition finance = new QueueDefinition("finance", "Finance", QueueDefinition.Mode.PUSH,
            QueueDefinition.Strategy.ROUND_ROBIN, Set.of("billing"));

    @Test
    void onlyOnlineMembersOfTheQueuesTeamWithEverySkillFit() {
        Agent ann = agent("ann", Set.of("billing", "de"), Set.of("Finance"), Presence.ONLINE);
        assertTrue(AssignmentChoice.fits(ann, finance, Set.of("de")));
        assertFalse(AssignmentChoice.fits(ann, finance, Set.of("fr")), "lacks a skill the rule required");
        assertFalse(AssignmentChoice.fits(agent("ben", Set.of("de"), Set.of("Finance"), Presence.ONLINE), finance, Set.of()),
                "lacks the queue's skill");
        assertFalse(AssignmentChoice.fits(agent("cai", Set.of("billing"), Set.of("Support"), Presence.ONLINE), finance, Set.of()),
                "not in the team");
        assertFalse(AssignmentChoice.fits(agent("dee", Set.of("billing"), Set.of("Finance"), Presence.AWAY), finance, Set.of()));
        assertFalse(AssignmentChoice.fits(agent("eve", Set.of("billing"), Set.of("Finance"), Presence.OFFLINE), finance, Set.of()));
    }

    @Test
    void roundRobinGivesItToWhoeverGotOneLeastRecently() {
        Agent ann = agent("ann", Set.of(), Set.of(), Presence.ONLINE);
        Agent ben = agent("ben", Set.of(), Set.of(), Presence.ONLINE);
        Agent cai = agent("cai", Set.of(), Set.of(), Presence.ONLINE);
        ann.assigned(T0.plusSeconds(60));
        ben.assigned(T0);
        assertEquals(List.of("cai", "ben", "ann"), names(AssignmentChoice.order(List.of(ann, ben, cai),
                QueueDefinition.Strategy.ROUND_ROBIN, Map.of())));
    }

    @Test
    void leastLoadedGivesItToWhoeverHoldsFewestThenWhoeverWaitedLongest() {
        Agent ann = agent("ann", Set.of(), Set.of(), Presence.ONLINE);
        Agent ben = agent("ben", Set.of(), Set.of(), Presence.ONLINE);
        Agent cai = agent("cai", Set.of(), Set.of(), Presence.ONLINE);
        ben.assigned(T0.plusSeconds(5));
        cai.assigned(T0);
        assertEquals(List.of("cai", "ben", "ann"), names(AssignmentChoice.order(List.of(ann, ben, cai),
                QueueDefinition.Strategy.LEAST_LOADED, Map.of("ann", 3L, "ben", 1L, "cai", 1L))));
    }

    @Test
    void capacityCountsInAllAndPerChannel() {
        Agent ann = new Agent("ann");
        ann.define(new AgentDefinition("ann", 3, Map.of(Channel.CHAT, 1), Set.of(), Set.of()));
        assertTrue(ann.hasRoom(2, 0, Channel.CHAT));
        assertFalse(ann.hasRoom(2, 1, Channel.CHAT), "one chat at a time");
        assertTrue(ann.hasRoom(2, 1, Channel.EMAIL), "no limit of its own for email");
        assertFalse(ann.hasRoom(3, 0, Channel.EMAIL), "three in all");
    }

    private static Agent agent(String name, Set<String> skills, Set<String> teams, Presence presence) {
        Agent agent = new Agent(name);
        agent.define(new AgentDefinition(name, 5, Map.of(), skills, teams));
        agent.changePresence(presence, T0);
        return agent;
    }

    private static List<String> names(List<Agent> agents) {
        return agents.stream().map(Agent::getUsername).toList();
    }
}
