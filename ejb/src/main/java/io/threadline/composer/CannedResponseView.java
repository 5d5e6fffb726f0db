package io.threadline.composer;

import java.time.Instant;

/** A canned response as the API and pages show it; {@code owner} is null for a shared one. */
public record CannedResponseView(long id, String title, String shortcut, String body, boolean shared, String owner,
                                 String updatedBy, Instant updatedAt) {

    public static CannedResponseView of(CannedResponse r) {
        return new CannedResponseView(r.getId(), r.getTitle(), r.getShortcut(), r.getBody(), r.isShared(), r.getOwner(),
                r.getUpdatedBy(), r.getUpdatedAt());
    }
}
