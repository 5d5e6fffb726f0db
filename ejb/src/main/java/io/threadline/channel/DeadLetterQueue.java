package io.threadline.channel;

import io.threadline.shared.InvalidInputException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The queues whose refused and failed messages wait on an exception destination: customers' messages, the ERP's,
 * agents' replies that could not be handed to their provider, and automation webhooks that could not be posted.
 */
public enum DeadLetterQueue {
    INBOUND("Inbound messages"), ERP("ERP and store messages"), OUTBOUND("Replies"), WEBHOOK("Automation webhooks");

    private final String what;

    DeadLetterQueue(String what) {
        this.what = what;
    }

    /** What waits there, as the admin page heads it. */
    public String what() {
        return what;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code inbound} (also when absent), {@code erp}, {@code outbound} or {@code webhook}. */
    public static DeadLetterQueue parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return INBOUND;
        }
        return Arrays.stream(values()).filter(q -> q.wireName().equals(value.strip().toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "'" + value + "' is not a queue with dead letters (one of "
                        + Arrays.stream(values()).map(DeadLetterQueue::wireName).collect(Collectors.joining(", ")) + ")"));
    }
}
