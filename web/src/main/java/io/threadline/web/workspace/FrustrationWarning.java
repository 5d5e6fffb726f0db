package io.threadline.web.workspace;

import io.threadline.assist.frustration.Frustration;
import io.threadline.assist.frustration.FrustrationSettings;
import io.threadline.conversation.ConversationStatus;
import io.threadline.workspace.ConversationDetail;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;

/**
 * The conversation page's warning that the customer's frustration is rising (the urgency of their messages climbing),
 * while the conversation is not resolved.
 */
@Named("frustration")
@RequestScoped
public class FrustrationWarning {

    @Inject
    private FrustrationSettings settings;

    @Inject
    private ConversationPage conversation;

    private Optional<Frustration> rising;

    /** The climb, or null when there is nothing to warn of. */
    public Frustration getRising() {
        if (rising == null) {
            ConversationDetail detail = conversation.getDetail();
            rising = detail == null || ConversationStatus.RESOLVED.name().equals(detail.conversation().status()) ? Optional.empty()
                    : settings.signal().in(detail.timeline(), detail.conversation().id());
        }
        return rising.orElse(null);
    }
}
