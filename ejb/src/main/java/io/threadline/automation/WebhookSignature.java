package io.threadline.automation;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The {@code X-Threadline-Signature} of a webhook: {@code sha256=} and the hex HMAC-SHA256 of the exact body with the
 * rule's secret. The receiver computes the same over the bytes it got and compares in constant time.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Threadline-Signature";
    private static final String PREFIX = "sha256=";

    private WebhookSignature() {
    }

    public static String of(String body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
