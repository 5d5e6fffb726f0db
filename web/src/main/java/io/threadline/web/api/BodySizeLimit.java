package io.threadline.web.api;

import io.threadline.channel.outbound.ReplySettings;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies larger than {@code crm.api.max-body-bytes} with 413, whether the size is
 * announced in Content-Length or only discovered while reading a chunked body. A file uploaded for a reply
 * ({@code POST /api/v1/attachments}) may be as large as {@code crm.replies.max-attachment-size} instead.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "crm.api.max-body-bytes", defaultValue = "1048576")
    long maxBytes;

    @Inject
    ReplySettings replies;

    @Override
    public void filter(ContainerRequestContext request) {
        boolean upload = "POST".equals(request.getMethod()) && request.getUriInfo().getPath().matches("/?attachments/?");
        long limit = upload ? replies.maxAttachmentBytes() : maxBytes;
        String key = upload ? "crm.replies.max-attachment-size" : "crm.api.max-body-bytes";
        if (request.getLength() > limit) {
            throw tooLarge(limit, key);
        }
        request.setEntityStream(new CappedStream(request.getEntityStream(), limit, key));
    }

    private static WebApplicationException tooLarge(long limit, String key) {
        return new WebApplicationException("body: larger than the limit of " + limit + " bytes (" + key + ")",
                Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }

    private static final class CappedStream extends FilterInputStream {
        private final long limit;
        private final String key;
        private long read;

        CappedStream(InputStream in, long limit, String key) {
            super(in);
            this.limit = limit;
            this.key = key;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            read += n;
            if (read > limit) {
                throw tooLarge(limit, key);
            }
        }
    }
}
