package io.threadline.assist.frustration;

import io.threadline.conversation.TimelineEntryView;

import java.util.List;
import java.util.Optional;

/**
 * Whether a customer's frustration is rising in a conversation: among the urgencies of their latest messages in it
 * (up to {@value #LATEST}), the latest is at least {@code from} and has climbed at least {@code rise} above the calmest
 * one before it. An agent's answers in between do not reset it: a customer who grows angrier despite them is the case
 * to catch.
 */
public record FrustrationSignal(int from, int rise) {

    static final int LATEST = 5;

    public Optional<Frustration> in(List<TimelineEntryView> timeline, long conversationId) {
        List<Integer> urgencies = timeline.stream()
                .filter(e -> "INBOUND".equals(e.direction()) && e.urgency() != null && Long.valueOf(conversationId).equals(e.conversationId()))
                .map(TimelineEntryView::urgency).toList();
        List<Integer> latest = urgencies.subList(Math.max(0, urgencies.size() - LATEST), urgencies.size());
        if (latest.size() < 2) {
            return Optional.empty();
        }
        int last = latest.get(latest.size() - 1);
        int calmest = latest.size() - 2;
        for (int i = latest.size() - 2; i >= 0; i--) {
            if (latest.get(i) < latest.get(calmest)) {
                calmest = i;
            }
        }
        return last >= from && last - latest.get(calmest) >= rise
                ? Optional.of(new Frustration(latest.subList(calmest, latest.size())))
                : Optional.empty();
    }
}
