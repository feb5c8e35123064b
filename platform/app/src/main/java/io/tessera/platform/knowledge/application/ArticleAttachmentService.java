package io.tessera.platform.knowledge.application;

import io.tessera.platform.knowledge.domain.Actor;
import io.tessera.platform.knowledge.domain.ArticleAttachment;
import io.tessera.platform.knowledge.domain.ArticleNumber;
import io.tessera.platform.knowledge.domain.Audience;
import io.tessera.platform.tenancy.TenantContext;
import io.tessera.platform.ticket.domain.AttachmentRules;
import io.tessera.platform.ticket.domain.AttachmentStore;
import io.tessera.platform.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

/**
 * Files on knowledge articles, with the rules of ticket attachments (ADR 0010): uploads are streamed into the
 * tenant's attachment store (never buffered whole, no transaction held meanwhile), limited in size, checked against
 * the accepted types (declared type and first bytes must agree), then recorded; downloads stream the exact bytes.
 * Agents who may read an article attach files to it; whoever may read the article reads them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class ArticleAttachmentService {

    @Inject
    ArticleAttachmentRecords records;
    @Inject
    AttachmentStore store;
    @Inject
    TenantContext tenant;

    /** An attachment and a way to read its bytes. */
    public record Download(ArticleAttachment attachment, InputStream content) {
    }

    public ArticleAttachment upload(ArticleNumber number, Audience.Reader reader, Actor by, String filename,
                                    String contentType, InputStream content) {
        String type = AttachmentRules.acceptedType(contentType).orElseThrow(() -> new ApiException(415,
                "attachment-type-not-accepted", String.valueOf(contentType),
                String.join(", ", AttachmentRules.acceptedTypes().stream().sorted().toList())));
        records.checkReadable(number, reader);
        UUID id = UUID.randomUUID();
        AttachmentStore.Stored stored;
        try {
            stored = store.write(tenant.require(), id, content, ArticleAttachment.MAX_BYTES);
        } catch (AttachmentStore.TooLargeException e) {
            throw new ApiException(413, "attachment-too-large", ArticleAttachment.MAX_BYTES);
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
            return records.record(number, reader, by, id, filename, type, stored.size(), stored.sha256());
        } catch (RuntimeException e) {
            store.delete(tenant.require(), id);
            throw e;
        }
    }

    public List<ArticleAttachment> list(ArticleNumber number, Audience.Reader reader) {
        return records.list(number, reader);
    }

    public Download download(ArticleNumber number, Audience.Reader reader, String id) {
        ArticleAttachment a = records.get(number, reader, id);
        try {
            return new Download(a, store.read(tenant.require(), a.id()));
        } catch (IOException e) {
            throw new UncheckedIOException("attachment " + a.id() + " is recorded but its bytes are missing", e);
        }
    }
}
