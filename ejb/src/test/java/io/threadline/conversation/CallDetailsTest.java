package io.threadline.conversation;

import io.threadline.conversation.CallDetails.CallStatus;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CallDetailsTest {

    private static final CallDetails STARTED = new CallDetails(CallStatus.STARTED, Direction.INBOUND, null, null);

    @Test
    void laterEventsFillInWhatTheyAdd() {
        CallDetails ended = STARTED.mergedWith(new CallDetails(CallStatus.ENDED, Direction.INBOUND, 245, "https://r/1.mp3"));
        assertEquals(new CallDetails(CallStatus.ENDED, Direction.INBOUND, 245, "https://r/1.mp3"), ended);
        assertEquals(ended, ended.mergedWith(new CallDetails(null, Direction.INBOUND, null, null)), "a transcript event changes no detail");
    }

    @Test
    void aLateStartedEventNeverReopensAFinishedCall() {
        CallDetails missed = new CallDetails(CallStatus.MISSED, Direction.OUTBOUND, null, null);
        assertEquals(CallStatus.MISSED, missed.mergedWith(STARTED).status());
        assertEquals(Direction.OUTBOUND, missed.mergedWith(STARTED).direction(), "the first event's direction stays");
    }
}
