package io.threadline.web.live;

import io.threadline.web.chat.SocketConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who has which conversation open in the workspace, and who is typing a reply in it: the one place that knows,
 * fed by the agents' presence sockets ({@link PresenceEndpoint}). Every change is sent at once to the other
 * viewers of the conversation; each one is told about the others, not about themselves (an agent with the
 * conversation open in two tabs is not "viewing" it to themselves).
 * The registry lives in this server's memory: agents signed in to different servers of a cluster do not see
 * each other (docs/workspace.md).
 */
@ApplicationScoped
public class ConversationPresence {

    /** How long "bob is typing…" stays up after bob's last keystroke report (the page reports one every 3 s at most). */
    static final Duration TYPING_SHOWN_FOR = Duration.ofSeconds(6);

    /** One open conversation page: the agent and the socket of that page. */
    record Viewer(String agent, SocketConnection socket) {
    }

    private final Map<Long, Set<Viewer>> viewers = new ConcurrentHashMap<>();

    void joined(long conversationId, Viewer viewer) {
        viewers.computeIfAbsent(conversationId, id -> ConcurrentHashMap.newKeySet()).add(viewer);
        announceViewers(conversationId);
    }

    void left(long conversationId, Viewer viewer) {
        viewers.computeIfPresent(conversationId, (id, present) -> {
            present.remove(viewer);
            return present.isEmpty() ? null : present;
        });
        announceViewers(conversationId);
    }

    void typing(long conversationId, Viewer typist) {
        String frame = Json.createObjectBuilder().add("type", "typing").add("agent", typist.agent())
                .add("forSeconds", TYPING_SHOWN_FOR.toSeconds()).build().toString();
        viewersOf(conversationId).stream().filter(v -> !v.agent().equals(typist.agent())).forEach(v -> v.socket().send(frame));
    }

    private void announceViewers(long conversationId) {
        Set<Viewer> present = viewersOf(conversationId);
        for (Viewer viewer : present) {
            var others = Json.createArrayBuilder();
            present.stream().map(Viewer::agent).filter(agent -> !agent.equals(viewer.agent())).distinct().sorted()
                    .forEach(others::add);
            viewer.socket().send(Json.createObjectBuilder().add("type", "viewers").add("agents", others).build().toString());
        }
    }

    private Set<Viewer> viewersOf(long conversationId) {
        return viewers.getOrDefault(conversationId, Set.of());
    }
}
