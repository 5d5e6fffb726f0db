package io.threadline.web.live;

import io.threadline.events.CrmEvent;
import io.threadline.events.EventPublisher;
import io.threadline.events.EventType;
import io.threadline.events.ServerInstance;
import io.threadline.web.chat.SocketConnection;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who has which conversation open in the workspace, and who is typing a reply in it, on every server of the
 * deployment. This server's viewers come from its presence sockets ({@link PresenceEndpoint}); the other servers'
 * from their {@code agent.viewing} events on the events topic, which each server publishes when its viewers of a
 * conversation change and repeats every {@link #REPEAT_EVERY} ({@link PresenceRepeater}), so that a server that
 * vanished without a word is forgotten after {@link #HEARD_FOR}. Every change is sent at once to this server's viewers
 * of the conversation; each is told about the others, not about themselves (an agent with the conversation open in
 * two tabs is not "viewing" it to themselves). Typing reaches the viewers as {@code agent.typing} events, from
 * whichever server the typist is on.
 */
@ApplicationScoped
public class ConversationPresence {

    /** How long "bob is typing…" stays up after bob's last keystroke report (the page reports one every 3 s at most). */
    static final Duration TYPING_SHOWN_FOR = Duration.ofSeconds(6);
    static final Duration REPEAT_EVERY = Duration.ofSeconds(30);
    /** How long another server's viewers count without word from it: three repeats, less a little. */
    static final Duration HEARD_FOR = Duration.ofSeconds(80);
    private static final Duration VIEWING_EVENT_LIFETIME = Duration.ofSeconds(90);

    /** One open conversation page on this server: the agent and the socket of that page. */
    record Viewer(String agent, SocketConnection socket) {
    }

    /** The viewers of a conversation on another server, as it last said, and until when that counts. */
    private record Elsewhere(Set<String> agents, Instant until) {
    }

    @EJB
    EventPublisher events;

    private final Map<Long, Set<Viewer>> viewers = new ConcurrentHashMap<>();
    private final Map<Long, Map<String, Elsewhere>> elsewhere = new ConcurrentHashMap<>();

    void joined(long conversationId, Viewer viewer) {
        viewers.computeIfAbsent(conversationId, id -> ConcurrentHashMap.newKeySet()).add(viewer);
        changed(conversationId);
    }

    void left(long conversationId, Viewer viewer) {
        viewers.computeIfPresent(conversationId, (id, present) -> {
            present.remove(viewer);
            return present.isEmpty() ? null : present;
        });
        changed(conversationId);
    }

    /** An event from the topic: another server's viewers, or anyone's typing. */
    void heard(JsonObject event) {
        JsonObject data = event.getJsonObject("data");
        String type = event.getString("type", "");
        if (data == null) {
            return;
        }
        if (type.equals(EventType.AGENT_TYPING.json())) {
            typing(data.getJsonNumber("conversationId").longValue(), data.getString("agent"));
        } else if (type.equals(EventType.AGENT_VIEWING.json()) && !ServerInstance.ID.equals(data.getString("server"))) {
            long conversationId = data.getJsonNumber("conversationId").longValue();
            Set<String> agents = data.getJsonArray("agents").getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString).collect(Collectors.toSet());
            Map<String, Elsewhere> servers = elsewhere.computeIfAbsent(conversationId, id -> new ConcurrentHashMap<>());
            Elsewhere before = servers.get(data.getString("server"));
            servers.put(data.getString("server"), new Elsewhere(agents, Instant.now().plus(HEARD_FOR)));
            if (before == null || !before.agents().equals(agents)) {
                announceViewers(conversationId);
            }
        }
    }

    /** Tells the other servers again who views what here, and forgets what the other servers stopped saying. */
    void repeat() {
        viewers.keySet().forEach(this::publish);
        Instant now = Instant.now();
        elsewhere.forEach((conversationId, servers) -> {
            if (servers.values().removeIf(heard -> heard.until().isBefore(now))) {
                announceViewers(conversationId);
            }
        });
        elsewhere.values().removeIf(Map::isEmpty);
    }

    private void changed(long conversationId) {
        announceViewers(conversationId);
        publish(conversationId);
    }

    private void publish(long conversationId) {
        List<String> agents = viewersOf(conversationId).stream().map(Viewer::agent).distinct().sorted().toList();
        events.publishTransient(CrmEvent.agentViewing(conversationId, agents, ServerInstance.ID, Instant.now()),
                VIEWING_EVENT_LIFETIME);
    }

    private void typing(long conversationId, String typist) {
        String frame = Json.createObjectBuilder().add("type", "typing").add("agent", typist)
                .add("forSeconds", TYPING_SHOWN_FOR.toSeconds()).build().toString();
        viewersOf(conversationId).stream().filter(v -> !v.agent().equals(typist)).forEach(v -> v.socket().send(frame));
    }

    private void announceViewers(long conversationId) {
        Set<Viewer> present = viewersOf(conversationId);
        Instant now = Instant.now();
        Set<String> there = elsewhere.getOrDefault(conversationId, Map.of()).values().stream()
                .filter(heard -> !heard.until().isBefore(now)).flatMap(heard -> heard.agents().stream())
                .collect(Collectors.toSet());
        for (Viewer viewer : present) {
            var others = Json.createArrayBuilder();
            Stream.concat(present.stream().map(Viewer::agent), there.stream())
                    .filter(agent -> !agent.equals(viewer.agent())).distinct().sorted().forEach(others::add);
            viewer.socket().send(Json.createObjectBuilder().add("type", "viewers").add("agents", others).build().toString());
        }
    }

    private Set<Viewer> viewersOf(long conversationId) {
        return viewers.getOrDefault(conversationId, Set.of());
    }
}
