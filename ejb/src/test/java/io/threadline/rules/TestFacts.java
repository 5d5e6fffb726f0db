package io.threadline.rules;

import io.threadline.conversation.ConversationStatus;
import io.threadline.identity.CustomerTier;
import io.threadline.shared.Channel;
import jakarta.json.Json;
import jakarta.json.JsonValue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Facts for tests, set one by one; whatever is not set is missing. */
public class TestFacts implements Facts {

    private Channel channel;
    private String subject;
    private String text;
    private String language;
    private Integer urgency;
    private CustomerTier tier;
    private final Map<String, JsonValue> attributes = new HashMap<>();
    private final Set<String> tags = new HashSet<>();
    private String queue;
    private final Set<String> openCalendars = new HashSet<>();
    private ConversationStatus status;

    public static TestFacts text(String text) {
        return new TestFacts().withText(text);
    }

    public TestFacts withStatus(ConversationStatus status) {
        this.status = status;
        return this;
    }

    @Override
    public ConversationStatus status() {
        return status;
    }

    public TestFacts withChannel(Channel channel) {
        this.channel = channel;
        return this;
    }

    public TestFacts withSubject(String subject) {
        this.subject = subject;
        return this;
    }

    public TestFacts withText(String text) {
        this.text = text;
        return this;
    }

    public TestFacts withLanguage(String language) {
        this.language = language;
        return this;
    }

    public TestFacts withUrgency(Integer urgency) {
        this.urgency = urgency;
        return this;
    }

    public TestFacts withTier(CustomerTier tier) {
        this.tier = tier;
        return this;
    }

    public TestFacts withAttribute(String key, String value) {
        attributes.put(key, Json.createValue(value));
        return this;
    }

    public TestFacts withAttribute(String key, double value) {
        attributes.put(key, Json.createValue(value));
        return this;
    }

    public TestFacts withTags(String... tags) {
        this.tags.addAll(Set.of(tags));
        return this;
    }

    public TestFacts withQueue(String queue) {
        this.queue = queue;
        return this;
    }

    public TestFacts openIn(String calendar) {
        openCalendars.add(calendar);
        return this;
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public String subject() {
        return subject;
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public String language() {
        return language;
    }

    @Override
    public Integer urgency() {
        return urgency;
    }

    @Override
    public CustomerTier tier() {
        return tier;
    }

    @Override
    public Optional<JsonValue> customerAttribute(String key) {
        return Optional.ofNullable(attributes.get(key));
    }

    @Override
    public Set<String> tags() {
        return tags;
    }

    @Override
    public String queue() {
        return queue;
    }

    @Override
    public boolean inBusinessHours(String calendar) {
        return openCalendars.contains(calendar);
    }
}
