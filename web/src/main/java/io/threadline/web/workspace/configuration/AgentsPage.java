package io.threadline.web.workspace.configuration;

import io.threadline.routing.Agents;
import io.threadline.routing.Teams;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Agents and teams: each agent's capacity (in all and per channel), skills and teams (a team is the agents whose
 * {@code teams} name it) and, read-only, their presence.
 */
@Named("agentsPage")
@ViewScoped
public class AgentsPage implements Serializable {

    private static final String DEFAULT = "default";

    /** An agent in the table. */
    public record AgentRow(String username, String capacity, String channelCapacity, String skills, String teams, String presence) {
    }

    @EJB
    Agents agents;

    @EJB
    Teams teams;

    @Inject
    ConfigurationChanges changes;

    private List<JsonObject> profiles;
    private boolean editing;
    private boolean isNew;
    private String username;
    private Integer capacity;
    /** "CHAT=3, EMAIL=5". */
    private String channelCapacity;
    private String skills;
    private String agentTeams;

    public List<AgentRow> getAgents() {
        return profiles().stream().map(a -> new AgentRow(a.getString("username"), capacityOf(a).get(DEFAULT).toString(),
                channelLimits(capacityOf(a)), TextLists.text(a.get("skills")), TextLists.text(a.get("teams")),
                a.getString("presence", ""))).toList();
    }

    private List<JsonObject> profiles() {
        if (profiles == null) {
            profiles = agents.list();
        }
        return profiles;
    }

    private static JsonObject capacityOf(JsonObject agent) {
        return agent.getOrDefault("capacity", JsonValue.EMPTY_JSON_OBJECT).asJsonObject();
    }

    private static String channelLimits(JsonObject capacity) {
        return capacity.keySet().stream().filter(k -> !k.equals(DEFAULT)).map(k -> k + "=" + capacity.get(k))
                .collect(Collectors.joining(", "));
    }

    public void startNew() {
        isNew = true;
        username = null;
        capacity = null;
        channelCapacity = null;
        skills = null;
        agentTeams = null;
        editing = true;
    }

    public void edit(String name) {
        JsonObject agent = profiles().stream().filter(a -> a.getString("username").equals(name)).findFirst().orElseThrow();
        isNew = false;
        username = name;
        capacity = capacityOf(agent).get(DEFAULT) instanceof JsonNumber n ? n.intValue() : null;
        channelCapacity = channelLimits(capacityOf(agent));
        skills = TextLists.text(agent.get("skills"));
        agentTeams = TextLists.text(agent.get("teams"));
        editing = true;
    }

    public void cancel() {
        editing = false;
    }

    public void save() {
        JsonObjectBuilder limits = Json.createObjectBuilder();
        if (capacity != null) {
            limits.add(DEFAULT, capacity);
        }
        for (String limit : TextLists.split(channelCapacity)) {
            String[] channelAndNumber = limit.split("=", 2);
            limits.add(channelAndNumber[0].trim().toUpperCase(java.util.Locale.ROOT),
                    TextLists.numberOrText(channelAndNumber.length > 1 ? channelAndNumber[1] : ""));
        }
        JsonObject profile = Json.createObjectBuilder().add("capacity", limits).add("skills", TextLists.array(skills))
                .add("teams", TextLists.array(agentTeams)).build();
        if (changes.defineAgent(username == null ? "" : username.trim(), profile)) {
            editing = false;
            profiles = null;
        }
    }

    /** The teams, as a list to read ("billing, support"). */
    public String getTeamNames() {
        return String.join(", ", teams.names());
    }

    public boolean isEditing() {
        return editing;
    }

    public boolean isNew() {
        return isNew;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public String getChannelCapacity() {
        return channelCapacity;
    }

    public void setChannelCapacity(String channelCapacity) {
        this.channelCapacity = channelCapacity;
    }

    public String getSkills() {
        return skills;
    }

    public void setSkills(String skills) {
        this.skills = skills;
    }

    public String getAgentTeams() {
        return agentTeams;
    }

    public void setAgentTeams(String agentTeams) {
        this.agentTeams = agentTeams;
    }
}
