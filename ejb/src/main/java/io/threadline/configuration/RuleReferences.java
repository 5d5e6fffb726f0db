package io.threadline.configuration;

import io.threadline.shared.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** Whether any routing rule, SLA policy or automation rule names a queue or calendar, which then cannot go. */
@ApplicationScoped
public class RuleReferences {

    @Inject
    private Instance<RuleDocuments<?>> ruleKinds;

    /** 409 naming the first rule that names the queue or calendar {@code name}. */
    public void requireUnnamed(ConfigKind kind, String name) {
        for (RuleDocuments<?> rules : ruleKinds) {
            rules.ruleNaming(kind, name).ifPresent(rule -> {
                throw new ConflictException("The " + rules.kind().label() + " '" + rule + "' names the " + kind.label()
                        + " '" + name + "'; change it first");
            });
        }
    }
}
