package io.threadline.csat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;

/** The {@code crm.csat.*} keys (docs/configuration.md). */
@ApplicationScoped
public class CsatSettings {

    @Inject
    @ConfigProperty(name = "crm.csat.on-resolve", defaultValue = "false")
    boolean onResolve;

    @Inject
    @ConfigProperty(name = "crm.csat.answer-window", defaultValue = "P7D")
    Duration answerWindow;

    @Inject
    @ConfigProperty(name = "crm.csat.public-base-url")
    Optional<String> publicBaseUrl;

    @Inject
    @ConfigProperty(name = "crm.replies.public-base-url")
    Optional<String> repliesBaseUrl;

    /** Whether every resolve sends a survey (besides the rules' {@code csat} actions). */
    public boolean onResolve() {
        return onResolve;
    }

    /** How long after the survey a reply that is only a digit 1–5 counts as its answer. */
    public Duration answerWindow() {
        return answerWindow;
    }

    /** The rating page of a survey; empty when no public base URL is configured (the survey then asks for a reply only). */
    public Optional<String> pageUrl(String token) {
        return publicBaseUrl.or(() -> repliesBaseUrl).map(base -> base.replaceAll("/+$", "") + "/csat/" + token);
    }
}
