package io.threadline.identity;

/** A normalized identity: the (type, value) pair that is unique across all customers. */
public record IdentityKey(IdentityType type, String value) {

    @Override
    public String toString() {
        return type + ":" + value;
    }
}
