package io.threadline.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down, then locks, sign-ins that keep failing, for an account name and for an address alike. Failures count
 * within a window: after {@code free} of them each further attempt must wait twice as long as the one before (one
 * second, two, four, up to a minute), after {@code lockAfter} the name is locked for {@code lockFor}. An address, which
 * many people may share, is not slowed down, only locked, after {@code addressLockAfter}. A name nobody has counts the same, so the answer never tells
 * whether an account exists. A successful sign-in clears its name. Each server counts its own attempts.
 */
@ApplicationScoped
public class SignInThrottle {

    private static final Duration LONGEST_PAUSE = Duration.ofMinutes(1);
    private static final int MOST_KEYS = 100_000;

    private record Failures(int count, Instant first, Instant last) {
        Failures then(Instant now) {
            return new Failures(count + 1, first, now);
        }
    }

    private final int free;
    private final int lockAfter;
    private final int addressLockAfter;
    private final Duration window;
    private final Duration lockFor;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    @Inject
    public SignInThrottle(@ConfigProperty(name = "crm.security.sign-in.free-failures", defaultValue = "5") int free,
                          @ConfigProperty(name = "crm.security.sign-in.lock-after", defaultValue = "10") int lockAfter,
                          @ConfigProperty(name = "crm.security.sign-in.address-lock-after", defaultValue = "100") int addressLockAfter,
                          @ConfigProperty(name = "crm.security.sign-in.window", defaultValue = "PT15M") Duration window,
                          @ConfigProperty(name = "crm.security.sign-in.lock-duration", defaultValue = "PT15M") Duration lockFor) {
        this.free = free;
        this.lockAfter = lockAfter;
        this.addressLockAfter = addressLockAfter;
        this.window = window;
        this.lockFor = lockFor;
    }

    /** CDI's proxy. */
    protected SignInThrottle() {
        this(5, 10, 100, Duration.ofMinutes(15), Duration.ofMinutes(15));
    }

    /** How long this name from this address must wait before its password is even checked; empty: not at all. */
    public Optional<Duration> waitBefore(String account, String address, Instant now) {
        Duration forAccount = waitFor(failures.get(accountKey(account)), free, lockAfter, now);
        Duration forAddress = waitFor(failures.get(addressKey(address)), addressLockAfter, addressLockAfter, now);
        Duration longer = forAccount.compareTo(forAddress) >= 0 ? forAccount : forAddress;
        return longer.isZero() || longer.isNegative() ? Optional.empty() : Optional.of(longer);
    }

    public void failed(String account, String address, Instant now) {
        if (failures.size() > MOST_KEYS) {
            failures.values().removeIf(f -> f.first().plus(window).plus(lockFor).isBefore(now));
        }
        count(accountKey(account), now);
        count(addressKey(address), now);
    }

    public void succeeded(String account) {
        failures.remove(accountKey(account));
    }

    private void count(String key, Instant now) {
        failures.compute(key, (k, before) -> before == null || before.first().plus(window).isBefore(now)
                ? new Failures(1, now, now) : before.then(now));
    }

    private Duration waitFor(Failures counted, int freeFailures, int lockAt, Instant now) {
        if (counted == null) {
            return Duration.ZERO;
        }
        if (counted.count() >= lockAt) {
            return Duration.between(now, counted.last().plus(lockFor));
        }
        if (counted.first().plus(window).isBefore(now) || counted.count() < freeFailures) {
            return Duration.ZERO;
        }
        Duration pause = Duration.ofSeconds(1L << Math.min(counted.count() - freeFailures, 6));
        return Duration.between(now, counted.last().plus(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause));
    }

    private static String accountKey(String account) {
        return "account:" + (account == null ? "" : account.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
