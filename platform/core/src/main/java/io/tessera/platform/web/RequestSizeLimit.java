package io.tessera.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Rejects request bodies over {@link #MAX_BYTES} with 413 before anything is parsed or stored: by
 * {@code Content-Length} when given, and by counting while reading for chunked bodies. File uploads (paths
 * ending in {@code /attachments}) are exempt: those endpoints stream the body and enforce their own limits.
 */
@Provider
@PreMatching
public class RequestSizeLimit implements ContainerRequestFilter {

    /** Limit for JSON bodies; uploads get their own, larger limits on their endpoints. */
    public static final int MAX_BYTES = 256 * 1024;
    /** Paths of file uploads, which stream their bodies under their own limits. */
    public static final String UPLOAD_SUFFIX = "/attachments";

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().endsWith(UPLOAD_SUFFIX)) {
            return;
        }
        if (request.getLength() > MAX_BYTES) {
            request.abortWith(ProblemFactory.response(new ApiException(413, "payload-too-large", MAX_BYTES / 1024),
                    ProblemFactory.locale(headers)));
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Bounded(request.getEntityStream(), MAX_BYTES));
        }
    }

    private static final class Bounded extends FilterInputStream {
        private final long max;
        private long count;

        Bounded(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        private void add(long n) {
            if (n > 0) {
                count += n;
                if (count > max) {
                    throw new ApiException(413, "payload-too-large", max / 1024);
                }
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            add(n);
            return n;
        }
    }
}
