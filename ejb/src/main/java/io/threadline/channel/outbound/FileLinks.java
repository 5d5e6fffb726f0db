package io.threadline.channel.outbound;

import io.threadline.shared.ServerSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * The links customers and providers fetch sent files by: {@code /files/{token}?expires=…&signature=…}, valid for
 * {@code crm.replies.file-link-lifetime}. A link is made each time a file goes out or a chat visitor's history is
 * shown again, so a visitor coming back gets fresh links while an old copied link stops working.
 */
@ApplicationScoped
public class FileLinks {

    private static final String SECRET = "file-links";

    @Inject
    private ServerSecrets secrets;

    @Inject
    private ReplySettings settings;

    private volatile FileLinkSignature signature;

    /** Where the published file with {@code token} is fetched: absolute when the public base URL is set. */
    public String urlFor(String token) {
        Instant expires = Instant.now().plus(settings.fileLinkLifetime());
        return settings.publicBaseUrl().orElse("") + ReplySettings.FILES_PATH + token + "?" + signature().query(token, expires);
    }

    public FileLinkSignature.Verdict check(String token, String expires, String signed) {
        return signature().check(token, expires, signed, Instant.now());
    }

    private FileLinkSignature signature() {
        FileLinkSignature known = signature;
        if (known == null) {
            known = new FileLinkSignature(secrets.named(SECRET));
            signature = known;
        }
        return known;
    }
}
