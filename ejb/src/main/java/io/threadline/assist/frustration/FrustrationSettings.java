package io.threadline.assist.frustration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/** When the conversation page warns of rising frustration, and whom it offers to escalate to ({@code crm.assist.frustration.*}). */
@ApplicationScoped
public class FrustrationSettings {

    private static final String FROM = "crm.assist.frustration.from";
    private static final String RISE = "crm.assist.frustration.rise";

    @Inject
    @ConfigProperty(name = FROM, defaultValue = "60")
    int from;

    @Inject
    @ConfigProperty(name = RISE, defaultValue = "30")
    int rise;

    @Inject
    @ConfigProperty(name = "crm.assist.frustration.escalate-to")
    Optional<String> escalateTo;

    public FrustrationSignal signal() {
        return new FrustrationSignal(urgency(FROM, from), urgency(RISE, rise));
    }

    /** Checked as the application starts, so that a wrong setting stops it naming the key, not a conversation page. */
    void check(@Observes @Initialized(ApplicationScoped.class) Object started) {
        signal();
    }

    private static int urgency(String key, int value) {
        if (value < 0 || value > 100) {
            throw new IllegalStateException(key + " is an urgency from 0 to 100, not " + value);
        }
        return value;
    }

    /** The team the warning's escalation goes to unless the agent picks another. */
    public Optional<String> escalateTo() {
        return escalateTo.filter(team -> !team.isBlank()).map(String::trim);
    }
}
