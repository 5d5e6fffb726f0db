package io.threadline.channel.chat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A visitor's two names: the secret token the widget keeps (256 random bits; only its SHA-256 is stored, so
 * the database cannot give it away) and the public visitor id, the value of their CHAT identity, which agents
 * see and which grants nothing.
 */
final class VisitorCredentials {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Pattern VISITOR_ID = Pattern.compile("visitor-[0-9a-f]{24}");

    private VisitorCredentials() {
    }

    static String newToken() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
    }

    static String newVisitorId() {
        return "visitor-" + HexFormat.of().formatHex(randomBytes(12));
    }

    static boolean isToken(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }

    static boolean isVisitorId(String value) {
        return value != null && VISITOR_ID.matcher(value).matches();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
