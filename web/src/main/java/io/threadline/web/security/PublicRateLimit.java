package io.threadline.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often one address may use what is public without signing in (the help center, the knowledge search): a bucket
 * of {@code perMinute} requests per address, refilled evenly over the minute, so that a page's burst passes and a
 * scraper or a flood is held to the rate. Each server counts its own.
 */
@ApplicationScoped
public class PublicRateLimit {

    private static final int MOST_ADDRESSES = 100_000;

    /** The requests left, when it was counted, and whether the last request got one. */
    private record Bucket(double left, Instant at, boolean granted) {
    }

    private final int perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Inject
    public PublicRateLimit(@ConfigProperty(name = "crm.public.requests-per-minute", defaultValue = "120") int perMinute) {
        this.perMinute = perMinute;
    }

    /** CDI's proxy. */
    protected PublicRateLimit() {
        this(120);
    }

    /** Takes a request from the address's bucket: empty when it may go ahead, else how long until it may. */
    public Optional<Duration> take(String address, Instant now) {
        if (buckets.size() > MOST_ADDRESSES) {
            buckets.values().removeIf(b -> b.at().plus(Duration.ofMinutes(1)).isBefore(now));
        }
        double perSecond = perMinute / 60.0;
        Bucket bucket = buckets.compute(address, (a, before) -> {
            double left = before == null ? perMinute
                    : Math.min(perMinute, before.left() + perSecond * Duration.between(before.at(), now).toMillis() / 1000.0);
            return left >= 1 ? new Bucket(left - 1, now, true) : new Bucket(left, now, false);
        });
        return bucket.granted() ? Optional.empty()
                : Optional.of(Duration.ofMillis((long) Math.ceil((1 - bucket.left()) / perSecond * 1000)));
    }
}
