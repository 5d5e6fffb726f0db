package io.threadline.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Keeps the demo's accounts out of a real deployment. The demo registry (security-basic.xml) says it is there
 * ({@code crm.demo.accounts=enabled}); a deployment that does not seed the demo ({@code crm.demo.seed=false}) is a
 * real one, and the application refuses to start with those accounts unless {@code crm.demo.accounts-allowed=true}
 * says it is meant.
 */
@Singleton
@Startup
public class DemoAccountsGuard {

    @Inject
    @ConfigProperty(name = "crm.demo.accounts")
    Optional<String> demoAccounts;

    @Inject
    @ConfigProperty(name = "crm.demo.seed", defaultValue = "true")
    boolean demoSeed;

    @Inject
    @ConfigProperty(name = "crm.demo.accounts-allowed", defaultValue = "false")
    boolean allowed;

    @PostConstruct
    void refuseDemoAccountsInARealDeployment() {
        refusal(demoAccounts.map("enabled"::equalsIgnoreCase).orElse(false), demoSeed, allowed).ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
    }

    /** Why the application must not start; empty when it may. */
    static Optional<String> refusal(boolean demoAccountsEnabled, boolean demoSeed, boolean allowed) {
        if (!demoAccountsEnabled || demoSeed || allowed) {
            return Optional.empty();
        }
        return Optional.of("Threadline refuses to start: the demo accounts of the basic registry (auth.type=basic) are"
                + " enabled in a deployment without the demo (crm.demo.seed=false). Use LDAP (auth.type=ldap), or set"
                + " crm.demo.accounts-allowed=true if these accounts are meant (docs/security.md)");
    }
}
