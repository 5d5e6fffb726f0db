package io.threadline.rules;

import io.threadline.conversation.ConversationStatus;
import io.threadline.identity.CustomerTier;
import io.threadline.shared.Channel;
import io.threadline.shared.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static io.threadline.rules.Operator.CONTAINS_WORD;
import static io.threadline.rules.Operator.GTE;
import static io.threadline.rules.Operator.IN;
import static io.threadline.rules.Operator.IS;
import static io.threadline.rules.Operator.IS_NOT;
import static io.threadline.rules.Operator.LTE;
import static io.threadline.rules.Operator.MATCHES;

/** What a condition's {@code field} can name, the operators that make sense for it, and how its values read. */
enum ConditionField {
    CHANNEL("channel", IS, IS_NOT, IN),
    SUBJECT("subject", IS, IS_NOT, IN, CONTAINS_WORD, MATCHES),
    TEXT("text", IS, IS_NOT, IN, CONTAINS_WORD, MATCHES),
    LANGUAGE("language", IS, IS_NOT, IN),
    URGENCY("urgency", IS, IS_NOT, IN, GTE, LTE),
    CUSTOMER_TIER("customer.tier", IS, IS_NOT, IN),
    CUSTOMER_ATTRIBUTE("customer.<enrichment key>", IS, IS_NOT, IN, CONTAINS_WORD, MATCHES, GTE, LTE),
    TAG("tag", IS, IS_NOT, IN),
    QUEUE("queue", IS, IS_NOT, IN),
    STATUS("status", IS, IS_NOT, IN),
    BUSINESS_HOURS("businessHours", IS, IS_NOT);

    private static final String CUSTOMER_PREFIX = "customer.";
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2}");

    private final String json;
    private final Set<Operator> operators;

    ConditionField(String json, Operator... operators) {
        this.json = json;
        this.operators = Set.of(operators);
    }

    static ConditionField parse(String path, String name) {
        if (name.startsWith(CUSTOMER_PREFIX) && name.length() > CUSTOMER_PREFIX.length()) {
            return name.equals(CUSTOMER_TIER.json) ? CUSTOMER_TIER : CUSTOMER_ATTRIBUTE;
        }
        return JsonNames.find(values(), f -> f.json, name, path, "field");
    }

    void requireAllows(Operator op, String path, String name) {
        if (!operators.contains(op)) {
            List<Operator> allowed = Arrays.stream(Operator.values()).filter(operators::contains).toList();
            throw new InvalidInputException(path, "'" + op.json() + "' does not apply to " + name + "; one of " + Operator.names(allowed));
        }
    }

    /** One value to compare with ({@code is}, {@code isNot}, an element of {@code in}), checked and in its canonical form. */
    JsonValue comparable(JsonValue value, String path) {
        return switch (this) {
            case CHANNEL -> Json.createValue(Channel.parse(path, JsonFields.nonBlankString(value, path)).name());
            case LANGUAGE -> Json.createValue(languageCode(JsonFields.nonBlankString(value, path), path));
            case URGENCY -> Json.createValue(JsonFields.wholeNumber(value, path, 0, 100));
            case CUSTOMER_TIER -> Json.createValue(tier(JsonFields.nonBlankString(value, path), path).name());
            case STATUS -> Json.createValue(JsonNames.find(ConversationStatus.values(), Enum::name,
                    JsonFields.nonBlankString(value, path).toUpperCase(java.util.Locale.ROOT), path, "status").name());
            case CUSTOMER_ATTRIBUTE -> value instanceof JsonNumber ? value : Json.createValue(JsonFields.nonBlankString(value, path));
            case SUBJECT, TEXT, TAG, QUEUE, BUSINESS_HOURS -> Json.createValue(JsonFields.nonBlankString(value, path));
        };
    }

    /** A bound for {@code gte}/{@code lte}. */
    JsonNumber bound(JsonValue value, String path) {
        if (this == URGENCY) {
            return (JsonNumber) comparable(value, path);
        }
        if (value instanceof JsonNumber number) {
            return number;
        }
        throw new InvalidInputException(path, "must be a number");
    }

    /** The fact as text; empty when missing. Tags are one text each. */
    List<String> texts(Facts facts, String name) {
        return switch (this) {
            case CHANNEL -> facts.channel() == null ? List.of() : List.of(facts.channel().name());
            case SUBJECT -> listOf(facts.subject());
            case TEXT -> listOf(facts.text());
            case LANGUAGE -> listOf(facts.language());
            case URGENCY -> facts.urgency() == null ? List.of() : List.of(facts.urgency().toString());
            case CUSTOMER_TIER -> facts.tier() == null ? List.of() : List.of(facts.tier().name());
            case CUSTOMER_ATTRIBUTE -> attribute(facts, name).flatMap(ConditionField::text).stream().toList();
            case TAG -> facts.tags() == null ? List.of() : List.copyOf(facts.tags());
            case QUEUE -> listOf(facts.queue());
            case STATUS -> facts.status() == null ? List.of() : List.of(facts.status().name());
            case BUSINESS_HOURS -> List.of();
        };
    }

    /** The fact as a number; empty when missing or not a number. */
    Optional<BigDecimal> number(Facts facts, String name) {
        return switch (this) {
            case URGENCY -> Optional.ofNullable(facts.urgency()).map(BigDecimal::valueOf);
            case CUSTOMER_ATTRIBUTE -> attribute(facts, name).flatMap(ConditionField::number);
            default -> Optional.empty();
        };
    }

    private static Optional<JsonValue> attribute(Facts facts, String name) {
        return facts.customerAttribute(name.substring(CUSTOMER_PREFIX.length()));
    }

    private static Optional<String> text(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> Optional.of(((JsonString) value).getString());
            case NUMBER, TRUE, FALSE -> Optional.of(value.toString());
            default -> Optional.empty();
        };
    }

    private static Optional<BigDecimal> number(JsonValue value) {
        if (value instanceof JsonNumber number) {
            return Optional.of(number.bigDecimalValue());
        }
        try {
            return value instanceof JsonString s ? Optional.of(new BigDecimal(s.getString().strip())) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static List<String> listOf(String text) {
        return text == null ? List.of() : List.of(text);
    }

    private static String languageCode(String code, String path) {
        if (!LANGUAGE_CODE.matcher(code).matches()) {
            throw new InvalidInputException(path, "'" + code + "' is not an ISO 639-1 language code (two lower-case letters, e.g. 'de')");
        }
        return code;
    }

    private static CustomerTier tier(String tier, String path) {
        return Arrays.stream(CustomerTier.values()).filter(t -> t.name().equalsIgnoreCase(tier)).findFirst()
                .orElseThrow(() -> new InvalidInputException(path, "'" + tier + "' is not a customer tier; one of "
                        + String.join(", ", Arrays.stream(CustomerTier.values()).map(Enum::name).toList())));
    }
}
