package io.threadline.routing;

import io.threadline.shared.Channel;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person who works conversations: how many they can hold at once (in all, and per channel), their skills and teams,
 * and their presence. The row is locked whenever a conversation is assigned to them, so two servers never push an
 * agent past capacity.
 */
@Entity
@Table(name = "AGENT")
@NamedQuery(name = "Agent.all", query = "SELECT a FROM Agent a ORDER BY a.username")
@NamedQuery(name = "Agent.online", query = "SELECT a FROM Agent a WHERE a.presence = io.threadline.routing.Presence.ONLINE")
@NamedQuery(name = "Agent.idleSince", query = "SELECT a FROM Agent a WHERE a.presence = io.threadline.routing.Presence.ONLINE"
        + " AND a.lastSeenAt < :before")
public class Agent {

    public static final int DEFAULT_CAPACITY = 5;

    @Id
    @Column(name = "USERNAME", length = 100)
    private String username;

    @Column(name = "CAPACITY", nullable = false)
    private int capacity = DEFAULT_CAPACITY;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "AGENT_CHANNEL_CAPACITY", joinColumns = @JoinColumn(name = "USERNAME"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "CHANNEL", length = 20)
    @Column(name = "CAPACITY")
    private Map<Channel, Integer> channelCapacity = new EnumMap<>(Channel.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "AGENT_SKILL", joinColumns = @JoinColumn(name = "USERNAME"))
    @Column(name = "SKILL", length = 100)
    private Set<String> skills = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "AGENT_TEAM", joinColumns = @JoinColumn(name = "USERNAME"))
    @Column(name = "TEAM", length = 100)
    private Set<String> teams = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "PRESENCE", length = 10, nullable = false)
    private Presence presence = Presence.OFFLINE;

    @Column(name = "PRESENCE_SINCE")
    private Instant presenceSince;

    /** The last sign of life from the agent's workspace; an ONLINE agent silent for long goes AWAY. */
    @Column(name = "LAST_SEEN_AT")
    private Instant lastSeenAt;

    /** When a conversation was last given to them by routing: round robin picks whoever waited longest. */
    @Column(name = "LAST_ASSIGNED_AT")
    private Instant lastAssignedAt;

    @Version
    private long version;

    protected Agent() {
    }

    public Agent(String username) {
        this.username = username;
    }

    /** Takes over a definition's capacity, skills and teams. */
    public void define(AgentDefinition definition) {
        capacity = definition.capacity();
        channelCapacity.clear();
        channelCapacity.putAll(definition.channelCapacity());
        skills.clear();
        skills.addAll(definition.skills());
        teams.clear();
        teams.addAll(definition.teams());
    }

    public AgentDefinition definition() {
        return new AgentDefinition(username, capacity, Map.copyOf(channelCapacity), Set.copyOf(skills), Set.copyOf(teams));
    }

    /** Returns whether the presence changed. */
    public boolean changePresence(Presence newPresence, Instant at) {
        lastSeenAt = at;
        if (presence == newPresence) {
            return false;
        }
        presence = newPresence;
        presenceSince = at;
        return true;
    }

    public void seen(Instant at) {
        lastSeenAt = at;
    }

    public boolean idleFor(Duration limit, Instant now) {
        return presence == Presence.ONLINE && lastSeenAt != null && lastSeenAt.plus(limit).isBefore(now);
    }

    /** Whether one more conversation on {@code channel} fits, given what they hold now. */
    public boolean hasRoom(long open, long openOnChannel, Channel channel) {
        Integer perChannel = channel == null ? null : channelCapacity.get(channel);
        return open < capacity && (perChannel == null || openOnChannel < perChannel);
    }

    public boolean has(Set<String> requiredSkills) {
        return skills.containsAll(requiredSkills);
    }

    public boolean isIn(String team) {
        return teams.contains(team);
    }

    public void assigned(Instant at) {
        lastAssignedAt = at;
    }

    public String getUsername() {
        return username;
    }

    public Presence getPresence() {
        return presence;
    }

    public Instant getPresenceSince() {
        return presenceSince;
    }

    public Instant getLastAssignedAt() {
        return lastAssignedAt;
    }

    public int getCapacity() {
        return capacity;
    }

    public Set<String> getTeams() {
        return Set.copyOf(teams);
    }

    public Set<String> getSkills() {
        return Set.copyOf(skills);
    }
}
