package io.threadline.shared;

/** The person doing something in the workspace or through the API, and whether they may act for others. */
public record Actor(String name, boolean supervisor) {

    public Actor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An actor has a name");
        }
    }
}
