package io.threadline.collaboration;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MentionsTest {

    @Test
    void namesAfterAnAtSignAreMentionsInOrderOnce() {
        assertEquals(List.of("bob", "sam"), List.copyOf(Mentions.in("@bob can you check? cc @sam, and @bob again.")));
    }

    @Test
    void emailAddressesAndTrailingPunctuationAreNotPartOfAMention() {
        assertEquals(List.of("ada.k"), List.copyOf(Mentions.in("mail bob@example.com or ask @ada.k.")));
        assertEquals(List.of(), List.copyOf(Mentions.in("no one @ all, just @")));
    }
}
