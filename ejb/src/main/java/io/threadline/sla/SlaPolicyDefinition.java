package io.threadline.sla;

import io.threadline.conversation.ConversationStatus;
import io.threadline.rules.JsonFields;
import io.threadline.rules.RuleDefinition;
import io.threadline.rules.RuleHeader;
import io.threadline.shared.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * {@code {"name", "position", "enabled", "when", "calendar", "targets", "warnAt", "pauseWhen"}}: the service level of the
 * conversations it matches. Without a {@code calendar} the clock runs 24/7; {@code warnAt} (between 0 and 1 exclusive,
 * default 0.8) is the share of a target after which a warning is raised; while the conversation is in a status of
 * {@code pauseWhen} (default PENDING; any status but RESOLVED) the clock stands still.
 */
public record SlaPolicyDefinition(RuleHeader header, String calendar, SlaTargets targets, double warnAt,
                                  Set<ConversationStatus> pauseWhen) implements RuleDefinition {

    public static final double DEFAULT_WARN_AT = 0.8;
    private static final List<ConversationStatus> PAUSABLE =
            Arrays.stream(ConversationStatus.values()).filter(s -> s != ConversationStatus.RESOLVED).toList();

    public SlaPolicyDefinition {
        pauseWhen = Set.copyOf(pauseWhen);
    }

    public static SlaPolicyDefinition parse(JsonObject json) {
        JsonFields policy = JsonFields.of(json, "", RuleHeader.keysWith("calendar", "targets", "warnAt", "pauseWhen"));
        double warnAt = policy.number("warnAt", DEFAULT_WARN_AT);
        if (!(warnAt > 0 && warnAt < 1)) {
            throw new InvalidInputException("warnAt", warnAt + " is not between 0 and 1 (exclusive), e.g. 0.8 for 80% of a target");
        }
        return new SlaPolicyDefinition(RuleHeader.read(policy), policy.optionalString("calendar"),
                SlaTargets.parse(policy.value("targets"), policy.path("targets")).withWarnAt(warnAt), warnAt, pauseWhen(policy));
    }

    private static Set<ConversationStatus> pauseWhen(JsonFields policy) {
        return policy.has("pauseWhen") ? policy.enums("pauseWhen", PAUSABLE) : Set.of(ConversationStatus.PENDING);
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = header.toJsonBuilder();
        if (calendar != null) {
            json.add("calendar", calendar);
        }
        return json.add("targets", targets.toJson()).add("warnAt", warnAt)
                .add("pauseWhen", Json.createArrayBuilder(pauseWhen.stream().sorted().map(Enum::name).toList())).build();
    }
}
