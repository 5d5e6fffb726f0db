package io.threadline.routing;

import io.threadline.routing.signals.LanguageDetector;
import io.threadline.routing.signals.UrgencyScorer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a customer's message as routing needs it: its language (limited to {@code crm.routing.languages} when set,
 * comma-separated ISO 639-1 codes) and its urgency. The language model is loaded once, when the application starts,
 * so no message waits for it.
 */
@ApplicationScoped
public class MessageReading {

    @Inject
    @ConfigProperty(name = "crm.routing.languages", defaultValue = " ")
    String languages;

    private LanguageDetector detector;
    private final UrgencyScorer scorer = new UrgencyScorer();

    void load(@Observes @Initialized(ApplicationScoped.class) Object started) {
        detector();
    }

    public Optional<String> language(String subject, String text) {
        String both = (subject == null ? "" : subject + "\n") + (text == null ? "" : text);
        return detector().detect(both);
    }

    public int urgency(String subject, String text) {
        return scorer.score(subject, text);
    }

    private synchronized LanguageDetector detector() {
        if (detector == null) {
            Set<String> allowed = Arrays.stream(languages.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .collect(Collectors.toSet());
            detector = new LanguageDetector(allowed);
        }
        return detector;
    }
}
