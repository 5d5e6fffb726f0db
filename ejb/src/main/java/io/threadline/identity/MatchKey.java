package io.threadline.identity;

import java.util.Locale;
import java.util.Set;

/**
 * What an identity is looked up by when duplicates are searched (an indexed column beside its value): one email address
 * however it is written, one phone number whatever region or trunk prefix it was stored with.
 * <ul>
 *   <li>Email: lower-cased, without a {@code +tag}; at gmail.com and googlemail.com (one mailbox) also without dots,
 *   so {@code Ann.Lee+shop@googlemail.com} is {@code annlee@gmail.com}.</li>
 *   <li>Phone: the last 9 digits of a number with at least 10 (the country code included), so {@code +4915112345678}
 *   and {@code +115112345678}, one number stored twice with different regions, share {@code 112345678}. Shorter
 *   numbers have no key: too few digits to say anything.</li>
 * </ul>
 */
public final class MatchKey {

    /** Email names that many unrelated people and companies use. */
    static final Set<String> ROLE_MAILBOXES = Set.of("info", "support", "contact", "admin", "sales", "hello",
            "office", "billing", "service", "noreply", "no-reply", "mail", "team", "help", "orders", "accounts");
    static final int PHONE_TAIL = 9;

    private MatchKey() {
    }

    /** The key of an identity; null for types that are compared by value only. */
    public static String of(IdentityType type, String value) {
        return switch (type) {
            case EMAIL -> email(value);
            case PHONE -> phone(value);
            default -> null;
        };
    }

    static String email(String address) {
        String lower = address.strip().toLowerCase(Locale.ROOT);
        int at = lower.lastIndexOf('@');
        if (at <= 0) {
            return lower;
        }
        String name = lower.substring(0, at);
        String domain = lower.substring(at + 1);
        int tag = name.indexOf('+');
        if (tag > 0) {
            name = name.substring(0, tag);
        }
        if (domain.equals("gmail.com") || domain.equals("googlemail.com")) {
            domain = "gmail.com";
            name = name.replace(".", "");
        }
        return name + "@" + domain;
    }

    static String phone(String number) {
        String digits = number.replaceAll("\\D", "");
        return digits.length() > PHONE_TAIL ? digits.substring(digits.length() - PHONE_TAIL) : null;
    }

    /**
     * The email name of an email key when it says who someone is: not a role mailbox such as info@, and of three
     * characters or more; null otherwise.
     */
    static String personalEmailName(String emailKey) {
        int at = emailKey.lastIndexOf('@');
        String name = at < 0 ? emailKey : emailKey.substring(0, at);
        return name.length() < 3 || ROLE_MAILBOXES.contains(name) ? null : name;
    }
}
