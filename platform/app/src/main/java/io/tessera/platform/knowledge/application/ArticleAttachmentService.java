package io.tessera.platform.knowledge.application;

import io.tessera.platform.attachment.application.AttachmentUploads;
import io.tessera.platform.knowledge.domain.Actor;
import io.tessera.platform.knowledge.domain.ArticleAttachment;
import io.tessera.platform.knowledge.domain.ArticleNumber;
import io.tessera.platform.knowledge.domain.Audience;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.InputStream;
import java.util.List;
import java.util.logging.Logger;

/**
 * Files on knowledge articles, with the rules of ticket attachments (ADR 0010): uploads are streamed into the
 * tenant's attachment store (never buffered whole, no transaction held meanwhile), limited in size, checked against
 * the accepted types (declared type and first bytes must agree), then recorded; downloads stream the exact bytes.
 * Agents who may read an article attach files to it and remove them; whoever may read the article reads them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class ArticleAttachmentService {

    private static final Logger LOG = Logger.getLogger(ArticleAttachmentService.class.getName());

    @Inject
    ArticleAttachmentRecords records;
    @Inject
    AttachmentUploads uploads;

    /** An attachment and a way to read its bytes. */
    public record Download(ArticleAttachment attachment, InputStream content) {
    }

    public ArticleAttachment upload(ArticleNumber number, Audience.Reader reader, Actor by, String filename,
                                    String contentType, InputStream content) {
        String type = uploads.acceptedType(contentType);
        records.checkReadable(number, reader);
        return uploads.store(type, content, ArticleAttachment.MAX_BYTES, f ->
                records.record(number, reader, by, f.id(), filename, f.type(), f.size(), f.sha256()));
    }

    public List<ArticleAttachment> list(ArticleNumber number, Audience.Reader reader) {
        return records.list(number, reader);
    }

    /**
     * Removes an attachment: its record first (committed), then its bytes. A crash in between leaves an unreferenced
     * file, never a record without bytes.
     */
    public void delete(ArticleNumber number, Audience.Reader reader, Actor by, String id) {
        ArticleAttachment a = records.remove(number, reader, id);
        uploads.discard(a.id());
        LOG.info(() -> "attachment " + a.id() + " (" + a.filename() + ") of " + number + " deleted by " + by.id());
    }

    public Download download(ArticleNumber number, Audience.Reader reader, String id) {
        ArticleAttachment a = records.get(number, reader, id);
        return new Download(a, uploads.open(a.id()));
    }
}
