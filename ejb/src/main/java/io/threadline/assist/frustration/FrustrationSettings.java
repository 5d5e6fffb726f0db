package io.threadline.assist.frustration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/** When the conversation page warns of rising frustration, and whom it offers to escalate to ({@code crm.assist.frustration.*}). */
@ApplicationScoped
public class FrustrationSettings {

    @Inject
    @ConfigProperty(name = "crm.assist.frustration.from", defaultValue = "60")
    int from;

    @Inject
    @ConfigProperty(name = "crm.assist.frustration.rise", defaultValue = "30")
    int rise;

    @Inject
    @ConfigProperty(name = "crm.assist.frustration.escalate-to")
    Optional<String> escalateTo;

    public FrustrationSignal signal() {
        return new FrustrationSignal(from, rise);
    }

    /** The team the warning's escalation goes to unless the agent picks another. */
    public Optional<String> escalateTo() {
        return escalateTo.filter(team -> !team.isBlank()).map(String::trim);
    }
}
