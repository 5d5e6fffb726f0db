package io.threadline.assist.frustration;

import io.threadline.conversation.TimelineEntryView;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FrustrationSignalTest {

    private static final long CONVERSATION = 7;
    private final FrustrationSignal signal = new FrustrationSignal(60, 30);

    @Test
    void aClimbToTheThresholdShowsFromTheCalmestMessageOn() {
        assertEquals(Optional.of("urgency 20 → 55 → 90"), climb(inbound(40, 20, 55, 90)));
        assertEquals(Optional.of("urgency 30 → 60"), climb(inbound(30, 60)), "both thresholds met exactly");
    }

    @Test
    void nothingWhenItStaysCalmFallsOrClimbsTooLittle() {
        assertEquals(Optional.empty(), climb(inbound(10, 40, 55)), "below 60");
        assertEquals(Optional.empty(), climb(inbound(90, 50, 70)), "falling, then only 20 above the calmest");
        assertEquals(Optional.empty(), climb(inbound(85, 95)), "angry all along: a climb of 10");
        assertEquals(Optional.empty(), climb(inbound(95)), "one message is no climb");
    }

    @Test
    void onlyTheCustomersScoredMessagesInThisConversationAndTheLatestFiveCount() {
        List<TimelineEntryView> timeline = new ArrayList<>(inbound(20));
        timeline.add(entry("OUTBOUND", 0, CONVERSATION));
        timeline.add(entry("INBOUND", 10, CONVERSATION + 1));
        timeline.add(entry("INBOUND", null, CONVERSATION));
        timeline.addAll(inbound(70));
        assertEquals(Optional.of("urgency 20 → 70"), climb(timeline), "an agent's reply between does not reset it");

        assertEquals(Optional.empty(), climb(inbound(10, 50, 50, 50, 50, 75)), "the 10 is six messages back");
    }

    private Optional<String> climb(List<TimelineEntryView> timeline) {
        return signal.in(timeline, CONVERSATION).map(Frustration::climb);
    }

    private static List<TimelineEntryView> inbound(Integer... urgencies) {
        return java.util.Arrays.stream(urgencies).map(u -> entry("INBOUND", u, CONVERSATION)).toList();
    }

    private static TimelineEntryView entry(String direction, Integer urgency, long conversation) {
        return new TimelineEntryView(1L, "MESSAGE", "EMAIL", direction, Instant.EPOCH, null, null, null, null, "text",
                conversation, null, List.of(), null, null, null, null, null, null, urgency, List.of());
    }
}
