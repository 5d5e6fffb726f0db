package io.threadline.channel.chat;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OriginPolicyTest {

    @Test
    void theServersOwnPagesAreAlwaysAllowed() {
        OriginPolicy policy = new OriginPolicy(List.of());
        assertTrue(policy.allows("http://localhost:9080", "localhost:9080"));
        assertTrue(policy.allows("https://crm.example.com", "CRM.example.com"));
        assertFalse(policy.allows("https://evil.example", "crm.example.com"));
        assertFalse(policy.allows("http://localhost:9081", "localhost:9080"), "another port is another origin");
        assertFalse(policy.allows("null", "crm.example.com"), "sandboxed pages and files");
    }

    @Test
    void configuredOriginsAreAllowedWhateverTheirSpelling() {
        OriginPolicy policy = new OriginPolicy(List.of(" https://Shop.Example.com/ ", "http://localhost:3000"));
        assertTrue(policy.allows("https://shop.example.com", "crm.example.com"));
        assertTrue(policy.allows("http://localhost:3000", "crm.example.com"));
        assertFalse(policy.allows("http://shop.example.com", "crm.example.com"), "the scheme is part of the origin");
    }

    @Test
    void aStarAllowsAnyPageAndNoOriginIsNoBrowserPage() {
        assertTrue(new OriginPolicy(List.of("*")).allows("https://anything.example", "crm.example.com"));
        assertTrue(new OriginPolicy(List.of()).allows(null, "crm.example.com"));
    }
}
