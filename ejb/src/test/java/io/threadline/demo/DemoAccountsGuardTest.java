package io.threadline.demo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only a real deployment (no demo seed) with the demo accounts and no explicit permission is refused. */
class DemoAccountsGuardTest {

    @Test
    void theDemoStartsWithItsAccounts() {
        assertFalse(DemoAccountsGuard.refusal(true, true, false).isPresent());
    }

    @Test
    void aRealDeploymentWithTheDemoAccountsIsRefusedNamingTheWayOut() {
        String reason = DemoAccountsGuard.refusal(true, false, false).orElseThrow();
        assertTrue(reason.contains("crm.demo.seed=false") && reason.contains("crm.demo.accounts-allowed=true")
                && reason.contains("auth.type=ldap"), reason);
    }

    @Test
    void aRealDeploymentStartsWithItsOwnRegistryOrWhenTheDemoAccountsAreMeant() {
        assertFalse(DemoAccountsGuard.refusal(false, false, false).isPresent(), "LDAP: no demo accounts");
        assertFalse(DemoAccountsGuard.refusal(true, false, true).isPresent(), "told explicitly");
    }
}
