package io.tessera.platform.attachment.application;

import io.tessera.platform.attachment.domain.AttachmentRules;
import io.tessera.platform.attachment.domain.AttachmentStore;
import io.tessera.platform.tenancy.TenantContext;
import io.tessera.platform.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.function.Function;

/**
 * The byte side of attachments for every owning feature (ADR 0010): the declared type is checked against the
 * accepted ones, the upload is streamed into the tenant's store (never buffered whole, no transaction held
 * meanwhile) up to the owner's limit, its first bytes must fit the type, and then the owner records it; any failure
 * removes the bytes. Downloads open the exact stored bytes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class AttachmentUploads {

    @Inject
    AttachmentStore store;
    @Inject
    TenantContext tenant;

    /** A file that was stored and passed the checks, for its owner to record. */
    public record Accepted(UUID id, String type, long size, String sha256) {
    }

    /** The declared content type, normalised; 415 {@code attachment-type-not-accepted} if it is not accepted. */
    public String acceptedType(String contentType) {
        return AttachmentRules.acceptedType(contentType).orElseThrow(() -> new ApiException(415,
                "attachment-type-not-accepted", String.valueOf(contentType),
                String.join(", ", AttachmentRules.acceptedTypes().stream().sorted().toList())));
    }

    /**
     * Streams {@code content} of the (accepted) {@code type} into the store, at most {@code limit} bytes, checks it
     * and hands it to {@code record}; the bytes are removed again if anything fails, {@code record} included.
     */
    public <T> T store(String type, InputStream content, long limit, Function<Accepted, T> record) {
        UUID id = UUID.randomUUID();
        AttachmentStore.Stored stored;
        try {
            stored = store.write(tenant.require(), id, content, limit);
        } catch (AttachmentStore.TooLargeException e) {
            throw new ApiException(413, "attachment-too-large", limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            if (stored.size() == 0) {
                throw ApiException.badRequest("attachment-empty");
            }
            if (!AttachmentRules.contentMatches(type, stored.head())) {
                throw new ApiException(415, "attachment-content-mismatch", type);
            }
            return record.apply(new Accepted(id, type, stored.size(), stored.sha256()));
        } catch (RuntimeException e) {
            store.delete(tenant.require(), id);
            throw e;
        }
    }

    /** Removes the bytes of an attachment whose record is gone (a failure is logged, the file stays behind). */
    public void discard(UUID id) {
        store.delete(tenant.require(), id);
    }

    /** The recorded attachment's bytes; the caller closes the stream. */
    public InputStream open(UUID id) {
        try {
            return store.read(tenant.require(), id);
        } catch (IOException e) {
            throw new UncheckedIOException("attachment " + id + " is recorded but its bytes are missing", e);
        }
    }
}
