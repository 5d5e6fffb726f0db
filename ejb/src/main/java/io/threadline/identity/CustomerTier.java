package io.threadline.identity;

/** Service tier of a customer; VIPs are served first. */
public enum CustomerTier {
    STANDARD, VIP
}
