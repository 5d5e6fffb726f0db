package io.threadline.channel.outbound;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;

/**
 * The signature on a link to a file sent to a customer: HMAC-SHA256 over the file's token and the second the link
 * expires, with a key only the servers know. Changing either part of the link breaks it.
 */
public final class FileLinkSignature {

    /** What a presented link is worth. */
    public enum Verdict { VALID, EXPIRED, FORGED }

    private final byte[] key;

    FileLinkSignature(byte[] key) {
        this.key = key.clone();
    }

    /** The query that makes {@code /files/{token}} valid until {@code expires}. */
    String query(String token, Instant expires) {
        return "expires=" + expires.getEpochSecond() + "&signature=" + sign(token, expires.getEpochSecond());
    }

    Verdict check(String token, String expires, String signature, Instant now) {
        if (expires == null || signature == null || !expires.matches("\\d{1,12}")) {
            return Verdict.FORGED;
        }
        long second = Long.parseLong(expires);
        if (!MessageDigest.isEqual(sign(token, second).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.FORGED;
        }
        return now.getEpochSecond() < second ? Verdict.VALID : Verdict.EXPIRED;
    }

    private String sign(String token, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((token + "." + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
