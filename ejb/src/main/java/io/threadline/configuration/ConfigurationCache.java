package io.threadline.configuration;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This server's parsed copy of the configuration, so the inbound path does not parse JSON per message. A change made
 * on this server invalidates it when it commits; a change made on another server is seen once the revision number is
 * read again, at most {@code crm.configuration.recheck-interval} later.
 */
@ApplicationScoped
public class ConfigurationCache {

    private static final Logger LOG = Logger.getLogger(ConfigurationCache.class.getName());

    private record Parsed(long revision, List<?> items) {
    }

    @EJB
    private ConfigurationStore store;

    @Inject
    @ConfigProperty(name = "crm.configuration.recheck-interval", defaultValue = "PT2S")
    Duration recheckInterval;

    private final Map<ConfigKind, Parsed> parsed = new ConcurrentHashMap<>();
    private volatile long revision = -1;
    private volatile long revisionReadAt;

    /** The documents of {@code kind}, in order, as {@code parser} makes them; one that no longer parses is left out. */
    @SuppressWarnings("unchecked")
    public <T> List<T> current(ConfigKind kind, Function<JsonObject, T> parser) {
        long now = System.nanoTime();
        if (revision < 0 || now - revisionReadAt > recheckInterval.toNanos()) {
            revision = store.revision();
            revisionReadAt = now;
        }
        long wanted = revision;
        Parsed copy = parsed.get(kind);
        if (copy == null || copy.revision() != wanted) {
            copy = new Parsed(wanted, store.all(kind).stream().map(d -> parse(d, parser)).filter(t -> t != null).toList());
            parsed.put(kind, copy);
        }
        return (List<T>) copy.items();
    }

    void invalidate() {
        revision = -1;
    }

    private static <T> T parse(ConfigDocument document, Function<JsonObject, T> parser) {
        try {
            return parser.apply(document.content());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The " + document.getKind().label() + " '" + document.getName()
                    + "' no longer reads as valid configuration and is left out: " + e.getMessage());
            return null;
        }
    }
}
