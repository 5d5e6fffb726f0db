package io.threadline.channel.chat;

import java.net.URI;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which web pages may open a chat socket: pages of the server itself (the Origin's host and port equal the
 * request's Host), plus the configured origins, or any page when the list holds {@code *}. A handshake without
 * an Origin header comes from no browser page (browsers always send one), so it is let through: the check
 * protects visitors' browsers, it does not authenticate programs.
 */
public final class OriginPolicy {

    private final Set<String> allowed;
    private final boolean any;

    public OriginPolicy(Collection<String> configured) {
        this.allowed = configured.stream().map(OriginPolicy::normalize).filter(o -> !o.isEmpty()).collect(Collectors.toSet());
        this.any = allowed.contains("*");
    }

    public boolean allows(String origin, String host) {
        if (origin == null || origin.isBlank() || any) {
            return true;
        }
        String normalized = normalize(origin);
        return allowed.contains(normalized) || host != null && host.trim().equalsIgnoreCase(authorityOf(normalized));
    }

    private static String authorityOf(String origin) {
        try {
            String authority = URI.create(origin).getRawAuthority();
            return authority == null ? "" : authority;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String normalize(String origin) {
        String trimmed = origin.trim().toLowerCase(Locale.ROOT);
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
