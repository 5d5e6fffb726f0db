package io.threadline.routing;

import io.threadline.conversation.Conversation;
import io.threadline.conversation.ConversationStatus;
import io.threadline.identity.CustomerTier;
import io.threadline.rules.Facts;
import io.threadline.shared.Channel;
import jakarta.json.JsonValue;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A conversation as rules see it, with the customer message that is being handled (or the conversation's own
 * language and urgency when none is, as for SLA and automation events), and its status (null in a dry run).
 */
public record MessageFacts(Channel channel, String subject, String text, String language, Integer urgency,
                           CustomerTier tier, CustomerAttributes customerAttributes, Set<String> tags, String queue,
                           Predicate<String> businessHours, ConversationStatus status) implements Facts {

    /** The facts of {@code conversation} and the message of its customer just received. */
    public static MessageFacts of(Conversation conversation, Channel channel, String subject, String text, String language,
                                  Integer urgency, CustomerAttributes customerAttributes, Predicate<String> businessHours) {
        return new MessageFacts(channel, subject, text, language, urgency, conversation.getCustomer().getTier(), customerAttributes,
                conversation.getTags(), conversation.getQueue(), businessHours, conversation.getStatus());
    }

    @Override
    public Optional<JsonValue> customerAttribute(String key) {
        return customerAttributes.get(key);
    }

    @Override
    public boolean inBusinessHours(String calendar) {
        return businessHours.test(calendar);
    }
}
