package io.threadline.conversation;

/**
 * What is known of a phone call so far. Events arrive separately and in any order (started, ended or missed,
 * the transcript later), so details only ever fill in: a finished call never goes back to STARTED.
 */
public record CallDetails(CallStatus status, Direction direction, Integer durationSeconds, String recordingUrl) {

    public enum CallStatus { STARTED, ENDED, MISSED }

    CallDetails mergedWith(CallDetails later) {
        boolean keepStatus = later.status == null || (status != null && status != CallStatus.STARTED && later.status == CallStatus.STARTED);
        return new CallDetails(keepStatus ? status : later.status, direction != null ? direction : later.direction,
                later.durationSeconds != null ? later.durationSeconds : durationSeconds,
                later.recordingUrl != null ? later.recordingUrl : recordingUrl);
    }
}
