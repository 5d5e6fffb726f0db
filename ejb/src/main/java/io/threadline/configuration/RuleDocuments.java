package io.threadline.configuration;

import io.threadline.conversation.Conversation;
import io.threadline.rules.Conditions;
import io.threadline.rules.RuleDefinition;
import io.threadline.shared.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;

import java.util.Optional;
import java.util.function.Function;

/**
 * What routing rules, SLA policies and automation rules share as documents: named, ordered by position (all of them,
 * disabled ones included: evaluation reports them), and their conditions may only name queues and calendars that exist.
 */
public abstract class RuleDocuments<T extends RuleDefinition> extends Documents<T> {

    @EJB
    ConfigurationStore store;

    protected RuleDocuments(ConfigKind kind, Function<JsonObject, T> reader, Function<T, JsonObject> writer) {
        super(kind, reader, RuleDefinition::name, writer);
    }

    @Override
    public int position(T rule) {
        return rule.header().position();
    }

    @Override
    public void checkReferences(T rule) {
        Conditions when = rule.header().when();
        when.queues().forEach(queue -> requireExists(ConfigKind.QUEUE, queue, "when"));
        when.calendars().forEach(calendar -> requireExists(ConfigKind.CALENDAR, calendar, "when"));
    }

    /** The first rule whose conditions name the queue or calendar {@code name}, if any. */
    public Optional<String> ruleNaming(ConfigKind kind, String name) {
        return all().stream().filter(rule -> names(rule, kind, name)).map(RuleDefinition::name).findFirst();
    }

    /** Whether {@code rule} names the queue or calendar {@code name}; a kind of rule adds what its actions name. */
    protected boolean names(T rule, ConfigKind kind, String name) {
        Conditions when = rule.header().when();
        return kind == ConfigKind.QUEUE ? when.queues().contains(name) : kind == ConfigKind.CALENDAR && when.calendars().contains(name);
    }

    protected void requireExists(ConfigKind kind, String name, String field) {
        if (kind == ConfigKind.QUEUE && Conversation.DEFAULT_QUEUE.equals(name)) {
            return;
        }
        if (!store.exists(kind, name)) {
            throw new InvalidInputException(field, "there is no " + kind.label() + " named '" + name + "'");
        }
    }
}
