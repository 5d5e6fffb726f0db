package io.threadline.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Provides the normalizer configured with {@code crm.identity.default-region}. */
@ApplicationScoped
public class IdentitySettings {

    @Inject
    @ConfigProperty(name = "crm.identity.default-region", defaultValue = "US")
    String defaultRegion;

    @Produces
    @Singleton
    IdentityNormalizer normalizer() {
        return new IdentityNormalizer(defaultRegion);
    }
}
