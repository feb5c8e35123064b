package io.tessera.platform.attachment.domain;

import io.tessera.platform.tenancy.TenantId;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

/** Where attachment bytes live, separately per tenant, addressed by attachment id only. */
public interface AttachmentStore {

    /** What was stored: its size, SHA-256 (hex) and first bytes (for the type check). */
    record Stored(long size, String sha256, byte[] head) {
    }

    /** The upload was larger than allowed; nothing was kept. */
    class TooLargeException extends IOException {
        public TooLargeException(long limit) {
            super("attachment larger than " + limit + " bytes");
        }
    }

    /**
     * Streams {@code content} into the store under {@code id}, refusing more than {@code maxBytes} (nothing is kept
     * then, nor on any other failure).
     */
    Stored write(TenantId tenant, UUID id, InputStream content, long maxBytes) throws IOException;

    /** The stored bytes; the caller closes the stream. */
    InputStream read(TenantId tenant, UUID id) throws IOException;

    /** Removes the bytes if present. */
    void delete(TenantId tenant, UUID id);
}
