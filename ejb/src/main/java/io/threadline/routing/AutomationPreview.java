package io.threadline.routing;

import jakarta.json.JsonObject;

import java.util.List;

/**
 * What automation would do with a message (for the dry run), implemented by the automation context so that routing
 * need not know its rules: one JSON object per rule considered, with its outcome and actions.
 */
public interface AutomationPreview {

    List<JsonObject> preview(MessageFacts facts, boolean newConversation);
}
