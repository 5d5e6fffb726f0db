package io.threadline.collaboration;

import io.threadline.conversation.Conversation;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The teams and their members, from {@code crm.teams} ({@code team:user,user;team:user}). A team's name is also
 * the name of its queue: escalating to a team puts the conversation in that queue. The members of all teams are
 * the agents a conversation can be assigned to and who can be @mentioned.
 */
@ApplicationScoped
public class Teams {

    @Inject
    @ConfigProperty(name = "crm.teams", defaultValue = "support:alice,bob;billing:alice;supervisors:sam")
    String configured;

    private Map<String, List<String>> members;

    @PostConstruct
    void read() {
        members = parse(configured);
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
            String name = team.substring(0, colon).trim();
            List<String> users = List.of(team.substring(colon + 1).split(",")).stream()
                    .map(String::trim).filter(u -> !u.isEmpty()).toList();
            teams.put(name, users);
        }
        return Map.copyOf(teams);
    }

    /** Every team's queue, and the default queue where new conversations wait. */
    public Set<String> queues() {
        Set<String> queues = new TreeSet<>(members.keySet());
        queues.add(Conversation.DEFAULT_QUEUE);
        return queues;
    }

    public Set<String> names() {
        return new TreeSet<>(members.keySet());
    }

    public boolean exists(String team) {
        return members.containsKey(team);
    }

    public Set<String> agents() {
        Set<String> agents = new TreeSet<>();
        members.values().forEach(agents::addAll);
        return agents;
    }

    public boolean isAgent(String user) {
        return agents().contains(user);
    }

    public List<String> teamsOf(String user) {
        return members.entrySet().stream().filter(e -> e.getValue().contains(user)).map(Map.Entry::getKey).sorted().toList();
    }
}
