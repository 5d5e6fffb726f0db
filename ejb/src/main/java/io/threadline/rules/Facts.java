package io.threadline.rules;

import io.threadline.conversation.ConversationStatus;
import io.threadline.identity.CustomerTier;
import io.threadline.shared.Channel;
import jakarta.json.JsonValue;

import java.util.Optional;
import java.util.Set;

/**
 * What conditions look at: one conversation with its newest inbound message and its customer. Any value may be missing
 * (null, empty); a missing value never matches {@code is}, {@code in}, {@code containsWord}, {@code matches},
 * {@code gte} or {@code lte}, and always matches {@code isNot}.
 */
public interface Facts {

    Channel channel();

    String subject();

    String text();

    /** ISO 639-1, lower case; null when not detected. */
    String language();

    /** 0–100; null when not scored. */
    Integer urgency();

    CustomerTier tier();

    /** An enrichment value of the customer (a string or a number; numbers compare numerically); empty when not known. */
    Optional<JsonValue> customerAttribute(String key);

    Set<String> tags();

    String queue();

    /** The conversation's status (as it is after the event automation reacts to); null when there is no conversation yet. */
    ConversationStatus status();

    /** Whether now is inside the business hours of the named calendar. */
    boolean inBusinessHours(String calendar);
}
