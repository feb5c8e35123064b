package io.tessera.platform.ticket.application;

import io.tessera.platform.attachment.application.AttachmentUploads;
import io.tessera.platform.identity.CurrentUser;
import io.tessera.platform.ticket.domain.TicketAttachment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.InputStream;
import java.util.List;

/**
 * Attachments of tickets, for everyone who may see the ticket: uploads are streamed into the tenant's store
 * (never buffered whole, no transaction held meanwhile), checked against the tenant's size limit and the accepted
 * types (declared type and the file's first bytes must agree), then recorded; downloads stream the exact bytes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class TicketAttachmentService {

    @Inject
    TicketAttachmentRecords records;
    @Inject
    AttachmentUploads uploads;

    /** An attachment and a way to read its bytes. */
    public record Download(TicketAttachment attachment, InputStream content) {
    }

    public TicketAttachment upload(CurrentUser caller, String number, String filename, String contentType,
                                   InputStream content) {
        String type = uploads.acceptedType(contentType);
        long limit = records.limitFor(caller, number);
        return uploads.store(type, content, limit, f ->
                records.record(caller, number, f.id(), filename, f.type(), f.size(), f.sha256()));
    }

    public List<TicketAttachment> list(CurrentUser caller, String number) {
        return records.list(caller, number);
    }

    public Download download(CurrentUser caller, String number, String id) {
        TicketAttachment a = records.get(caller, number, id);
        return new Download(a, uploads.open(a.id()));
    }
}
