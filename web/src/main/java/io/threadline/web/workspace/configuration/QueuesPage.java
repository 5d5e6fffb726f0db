package io.threadline.web.workspace.configuration;

import io.threadline.routing.QueueDefinition;
import io.threadline.routing.Teams;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The queues: name, team, PUSH or PULL, strategy and skills, created, edited and deleted. */
@Named("queuesPage")
@ViewScoped
public class QueuesPage extends NamedDocumentsPage {

    /** A queue in the table. */
    public record QueueRow(String name, String team, String mode, String strategy, String skills) {
    }

    @EJB
    Teams teams;

    private String name;
    private String team;
    private String mode;
    private String strategy;
    private String skills;

    @Override
    String kind() {
        return "queues";
    }

    public List<QueueRow> getQueues() {
        return documents().stream().map(q -> new QueueRow(q.getString("name"), q.getString("team", ""), q.getString("mode"),
                q.getString("strategy"), TextLists.text(q.get("skills")))).toList();
    }

    @Override
    void read(JsonObject queue) {
        name = queue == null ? null : queue.getString("name");
        team = queue == null ? null : queue.getString("team", null);
        mode = queue == null ? QueueDefinition.Mode.PULL.name() : queue.getString("mode");
        strategy = queue == null ? QueueDefinition.Strategy.ROUND_ROBIN.name() : queue.getString("strategy");
        skills = queue == null ? null : TextLists.text(queue.get("skills"));
    }

    @Override
    JsonObject toJson() {
        JsonObjectBuilder queue = Json.createObjectBuilder().add("name", name == null ? "" : name.trim());
        if (!TextLists.blank(team)) {
            queue.add("team", team.trim());
        }
        return queue.add("mode", mode).add("strategy", strategy).add("skills", TextLists.array(skills)).build();
    }

    public Set<String> getTeams() {
        return teams.names();
    }

    public List<String> getModes() {
        return Arrays.stream(QueueDefinition.Mode.values()).map(Enum::name).toList();
    }

    public List<String> getStrategies() {
        return Arrays.stream(QueueDefinition.Strategy.values()).map(Enum::name).toList();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public String getStrategy() {
        return strategy;
    }

    public void setStrategy(String strategy) {
        this.strategy = strategy;
    }

    public String getSkills() {
        return skills;
    }

    public void setSkills(String skills) {
        this.skills = skills;
    }
}
