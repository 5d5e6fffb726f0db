package io.threadline.channel.email;

import java.util.Locale;

/** How a connection to a mail server is protected: implicit TLS, STARTTLS (required), or none (local tests only). */
enum Security {
    SSL, STARTTLS, NONE;

    static Security parse(String key, String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": '" + value + "' is not one of ssl, starttls, none");
        }
    }
}
