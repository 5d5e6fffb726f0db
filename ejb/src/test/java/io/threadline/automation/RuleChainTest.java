package io.threadline.automation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleChainTest {

    @Test
    void aChainKnowsItsRulesAndReadsFirstCauseFirst() {
        RuleChain chain = RuleChain.EMPTY.then("Tag VIP").then("Escalate VIP");
        assertTrue(chain.contains("Tag VIP"));
        assertFalse(chain.contains("Welcome"));
        assertEquals("Tag VIP → Escalate VIP", chain.toString());
        assertEquals(0, RuleChain.EMPTY.depth());
    }

    @Test
    void aChainExceedsTheDepthOnlyPastIt() {
        RuleChain chain = RuleChain.EMPTY;
        for (int i = 1; i <= 5; i++) {
            chain = chain.then("r" + i);
        }
        assertFalse(chain.exceeds(5));
        assertTrue(chain.then("r6").exceeds(5));
    }

    @Test
    void extendingAChainLeavesTheShorterOneAsItWas() {
        RuleChain one = RuleChain.EMPTY.then("a");
        one.then("b");
        assertEquals(1, one.depth());
    }
}
