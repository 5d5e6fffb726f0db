package io.threadline.web.api;

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
 * announced in Content-Length or only discovered while reading a chunked body.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "crm.api.max-body-bytes", defaultValue = "1048576")
    long maxBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            throw tooLarge();
        }
        request.setEntityStream(new CappedStream(request.getEntityStream()));
    }

    private WebApplicationException tooLarge() {
        return new WebApplicationException("body: larger than the limit of " + maxBytes + " bytes (crm.api.max-body-bytes)",
                Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }

    private final class CappedStream extends FilterInputStream {
        private long read;

        CappedStream(InputStream in) {
            super(in);
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
            if (read > maxBytes) {
                throw tooLarge();
            }
        }
    }
}
