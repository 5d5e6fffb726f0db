package io.threadline.web.live;

import io.threadline.events.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells the open workspace pages that something changed, over the Faces push channel {@value #CHANNEL}
 * ({@code <f:websocket channel="workspace">} on the inbox and the conversation page). The message only says what
 * changed, e.g. {@code {"type":"message.received","conversationId":151,"customerId":151}}, never customer data: each
 * page decides whether it is concerned and re-reads what it shows through its own, access-checked, ajax request.
 */
@ApplicationScoped
public class WorkspacePush {

    static final String CHANNEL = "workspace";

    /** Events that change nothing a page shows (typing and viewers are shown through the presence socket). */
    private static final Set<String> IGNORED = Set.of(EventType.CHAT_TYPING.json(), EventType.AGENT_VIEWING.json(),
            EventType.AGENT_TYPING.json());
    private static final List<String> IDS = List.of("conversationId", "customerId", "mergedCustomerId", "mergedConversationId");

    @Inject
    @Push(channel = CHANNEL)
    PushContext workspace;

    void announce(JsonObject event) {
        String type = event.getString("type", "");
        JsonObject data = event.getJsonObject("data");
        if (IGNORED.contains(type) || data == null) {
            return;
        }
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("type", type);
        for (String id : IDS) {
            if (data.get(id) instanceof JsonNumber number) {
                change.put(id, number.longValue());
            }
        }
        if (change.size() > 1) {
            PushDelivery.send(workspace, change);
        }
    }
}
