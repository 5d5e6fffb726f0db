package io.threadline.assist.frustration;

import java.util.List;
import java.util.stream.Collectors;

/** The urgencies of a customer's messages, from the calmest of the latest ones to the latest, as they climbed. */
public record Frustration(List<Integer> urgencies) {

    public Frustration {
        urgencies = List.copyOf(urgencies);
    }

    /** "urgency 20 → 55 → 90" */
    public String climb() {
        return "urgency " + urgencies.stream().map(String::valueOf).collect(Collectors.joining(" → "));
    }
}
