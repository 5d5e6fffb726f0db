package io.threadline.identity;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.threadline.shared.Channel;
import io.threadline.shared.InvalidInputException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;

/**
 * Turns the handle a channel gives us into a normalized identity: emails trimmed and lower-cased,
 * phones in E.164 (libphonenumber, default region for numbers written without a country code),
 * provider user ids scoped by their provider.
 */
public class IdentityNormalizer {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final String defaultRegion;

    public IdentityNormalizer(String defaultRegion) {
        this.defaultRegion = defaultRegion.toUpperCase(Locale.ROOT);
    }

    /** The identity behind a sender handle on a channel; {@code field} names the handle in error messages. */
    public IdentityKey forChannel(Channel channel, String handle, String field) {
        String trimmed = requireHandle(handle, field);
        return switch (channel) {
            case EMAIL -> email(trimmed, field);
            case SMS, WHATSAPP, PHONE -> phone(stripWhatsAppPrefix(trimmed), field);
            case INSTAGRAM -> new IdentityKey(IdentityType.INSTAGRAM, trimmed);
            case FACEBOOK -> new IdentityKey(IdentityType.FACEBOOK, trimmed);
            case TWITTER -> new IdentityKey(IdentityType.TWITTER, trimmed);
            case CHAT -> new IdentityKey(IdentityType.CHAT, trimmed);
            case IN_STORE -> guess(trimmed, IdentityType.ERP);
            case API -> guess(trimmed, IdentityType.EXTERNAL);
        };
    }

    /** An identity of a known type, as an agent or a system writes it; {@code field} names it in error messages. */
    public IdentityKey forType(IdentityType type, String value, String field) {
        return switch (type) {
            case EMAIL -> email(value, field);
            case PHONE -> phone(value, field);
            default -> new IdentityKey(type, requireHandle(value, field));
        };
    }

    public IdentityKey email(String handle, String field) {
        String value = requireHandle(handle, field).toLowerCase(Locale.ROOT);
        try {
            InternetAddress address = new InternetAddress(value, true);
            if (address.getPersonal() != null || !value.equals(address.getAddress())) {
                throw new AddressException("not a bare address");
            }
        } catch (AddressException e) {
            throw new InvalidInputException(field, "'" + handle.trim() + "' is not a valid email address");
        }
        return new IdentityKey(IdentityType.EMAIL, value);
    }

    public IdentityKey phone(String handle, String field) {
        String value = requireHandle(handle, field);
        try {
            PhoneNumber number = PHONES.parse(value, defaultRegion);
            if (!PHONES.isValidNumber(number)) {
                throw new InvalidInputException(field, "'" + value + "' is not a valid phone number");
            }
            return new IdentityKey(IdentityType.PHONE, PHONES.format(number, PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            throw new InvalidInputException(field, "'" + value + "' is not a valid phone number");
        }
    }

    /** The valid phone numbers written in a text ("call me on 415 555 0142"), as PHONE identities. */
    public List<IdentityKey> phonesIn(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return StreamSupport.stream(PHONES.findNumbers(text, defaultRegion).spliterator(), false)
                .map(match -> new IdentityKey(IdentityType.PHONE, PHONES.format(match.number(), PhoneNumberFormat.E164)))
                .distinct().toList();
    }

    public IdentityKey erpCustomerNumber(String handle, String field) {
        return new IdentityKey(IdentityType.ERP, requireHandle(handle, field));
    }

    /** Generic handles: an email or a phone number is recognised as such, anything else keeps the fallback type. */
    private IdentityKey guess(String handle, IdentityType fallback) {
        if (handle.contains("@")) {
            return email(handle, "from.handle");
        }
        if (handle.startsWith("+")) {
            return phone(handle, "from.handle");
        }
        return new IdentityKey(fallback, handle);
    }

    private static String stripWhatsAppPrefix(String handle) {
        return handle.regionMatches(true, 0, "whatsapp:", 0, 9) ? handle.substring(9).trim() : handle;
    }

    private static String requireHandle(String handle, String field) {
        if (handle == null || handle.isBlank()) {
            throw new InvalidInputException(field, "must not be empty");
        }
        return handle.trim();
    }
}
