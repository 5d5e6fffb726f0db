package io.threadline.composer;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The names agents sign with ({@code {{agent.name}}}), from {@code crm.agents.display-names}
 * ({@code user:Full Name;user:Full Name}); an agent not listed signs with their user name, capitalised.
 */
@ApplicationScoped
public class AgentNames {

    @Inject
    @ConfigProperty(name = "crm.agents.display-names")
    Optional<String> configured;

    private Map<String, String> names;

    @PostConstruct
    void read() {
        names = parse(configured.orElse(""));
    }

    static Map<String, String> parse(String spec) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String entry : spec.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon <= 0 || entry.substring(colon + 1).isBlank()) {
                throw new IllegalArgumentException("crm.agents.display-names: '" + entry.trim() + "' is not user:Full Name");
            }
            names.put(entry.substring(0, colon).trim(), entry.substring(colon + 1).trim());
        }
        return Map.copyOf(names);
    }

    public String of(String user) {
        String name = names.get(user);
        if (name != null) {
            return name;
        }
        return user.isEmpty() ? user : user.substring(0, 1).toUpperCase(Locale.ROOT) + user.substring(1);
    }
}
