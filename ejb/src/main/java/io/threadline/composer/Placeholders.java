package io.threadline.composer;

import io.threadline.conversation.Conversation;
import io.threadline.shared.InvalidInputException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code {{placeholders}}} a canned response may use, and how they are filled in. A value that is not known for
 * this customer or conversation never leaves a hole: first name and name fall back to "there" ("Hi there,"), the
 * subject to "your request", the others to nothing; the spaces left before punctuation or doubled are then tidied up
 * ("Dear {{customer.lastName}}," becomes "Dear,").
 */
public final class Placeholders {

    /** The placeholders, with what each one stands for (for the docs and the editor's help). */
    public static final Map<String, String> KNOWN = known();

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("[ \\t]+([,.!?;:])");
    private static final Pattern NOT_A_NAME = Pattern.compile("[+\\d][\\d\\s()+-]*");
    private static final Pattern DOUBLE_SPACE = Pattern.compile("(?<=\\S)[ \\t]{2,}(?=\\S)");

    private Placeholders() {
    }

    private static Map<String, String> known() {
        Map<String, String> known = new LinkedHashMap<>();
        known.put("customer.firstName", "the customer's first name (else \"there\")");
        known.put("customer.lastName", "the customer's last name (else nothing)");
        known.put("customer.name", "the customer's full name (else \"there\")");
        known.put("agent.firstName", "your first name");
        known.put("agent.name", "your full name");
        known.put("conversation.id", "the conversation's number");
        known.put("conversation.subject", "the conversation's subject (else \"your request\")");
        return Map.copyOf(known);
    }

    /** Refuses a text that uses a placeholder not in {@link #KNOWN}, naming it. */
    public static void requireKnown(String field, String text) {
        List<String> unknown = PLACEHOLDER.matcher(text).results().map(m -> m.group(1))
                .filter(name -> !KNOWN.containsKey(name)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(field, "uses " + (unknown.size() == 1 ? "an unknown placeholder " : "unknown placeholders ")
                    + String.join(", ", unknown.stream().map(n -> "{{" + n + "}}").toList())
                    + " (known: " + String.join(", ", KNOWN.keySet().stream().sorted().map(n -> "{{" + n + "}}").toList()) + ")");
        }
    }

    /** The facts a canned response is filled in with; any may be null. */
    public record Values(String customerName, String agentName, Long conversationId, String conversationSubject) {

        public static Values of(Conversation conversation, String agentName) {
            return new Values(conversation.getCustomer().getDisplayName(), agentName, conversation.getId(),
                    conversation.getSubject());
        }
    }

    public static String render(String text, Values values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(valueOf(matcher.group(1), values)));
        }
        matcher.appendTail(out);
        String tidied = SPACE_BEFORE_PUNCTUATION.matcher(out).replaceAll("$1");
        return DOUBLE_SPACE.matcher(tidied).replaceAll(" ");
    }

    private static String valueOf(String placeholder, Values v) {
        List<String> customer = words(v.customerName());
        List<String> agent = words(v.agentName());
        return switch (placeholder) {
            case "customer.firstName" -> customer.isEmpty() ? "there" : customer.get(0);
            case "customer.lastName" -> customer.size() < 2 ? "" : customer.get(customer.size() - 1);
            case "customer.name" -> customer.isEmpty() ? "there" : String.join(" ", customer);
            case "agent.firstName" -> agent.isEmpty() ? "" : agent.get(0);
            case "agent.name" -> String.join(" ", agent);
            case "conversation.id" -> v.conversationId() == null ? "" : v.conversationId().toString();
            case "conversation.subject" -> v.conversationSubject() == null || v.conversationSubject().isBlank()
                    ? "your request" : v.conversationSubject().strip();
            default -> throw new IllegalArgumentException("Unknown placeholder {{" + placeholder + "}}");
        };
    }

    /** A name's words; none when there is no name, or only a handle (an email address, a phone number). */
    private static List<String> words(String name) {
        if (name == null || name.isBlank() || name.contains("@") || NOT_A_NAME.matcher(name.strip()).matches()) {
            return List.of();
        }
        return List.of(name.strip().split("\\s+"));
    }
}
