package io.tessera.platform.ticket.application;

import io.tessera.platform.identity.CurrentUser;
import io.tessera.platform.tenancy.TenantContext;
import io.tessera.platform.ticket.domain.AttachmentRules;
import io.tessera.platform.ticket.domain.AttachmentStore;
import io.tessera.platform.ticket.domain.TicketAttachment;
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
    AttachmentStore store;
    @Inject
    TenantContext tenant;

    /** An attachment and a way to read its bytes. */
    public record Download(TicketAttachment attachment, InputStream content) {
    }

    public TicketAttachment upload(CurrentUser caller, String number, String filename, String contentType,
                                   InputStream content) {
        String type = AttachmentRules.acceptedType(contentType).orElseThrow(() -> new ApiException(415,
                "attachment-type-not-accepted", String.valueOf(contentType),
                String.join(", ", AttachmentRules.acceptedTypes().stream().sorted().toList())));
        long limit = records.limitFor(caller, number);
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
            return records.record(caller, number, id, filename, type, stored.size(), stored.sha256());
        } catch (RuntimeException e) {
            store.delete(tenant.require(), id);
            throw e;
        }
    }

    public List<TicketAttachment> list(CurrentUser caller, String number) {
        return records.list(caller, number);
    }

    public Download download(CurrentUser caller, String number, String id) {
        TicketAttachment a = records.get(caller, number, id);
        try {
            return new Download(a, store.read(tenant.require(), a.id()));
        } catch (IOException e) {
            throw new UncheckedIOException("attachment " + a.id() + " is recorded but its bytes are missing", e);
        }
    }
}
