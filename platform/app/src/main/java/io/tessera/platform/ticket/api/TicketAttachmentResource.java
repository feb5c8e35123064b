package io.tessera.platform.ticket.api;

import io.tessera.platform.identity.CurrentUser;
import io.tessera.platform.ticket.application.TicketAttachmentService;
import io.tessera.platform.ticket.domain.TicketAttachment;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files on tickets, for whoever may see the ticket. Upload the raw bytes with their {@code Content-Type} and the
 * name in {@code ?filename=} (or {@code Content-Disposition}); download returns exactly those bytes, always as an
 * attachment and never sniffed by the browser.
 */
@Path("/t/{tenant}/tickets")
@RequestScoped
@RolesAllowed({"end-user", "agent", "tenant-admin"})
@Tag(name = "Tickets")
public class TicketAttachmentResource {

    private static final Pattern DISPOSITION_NAME = Pattern.compile("filename=\"?([^\";]*)\"?");

    @Inject
    TicketAttachmentService attachments;
    @Inject
    CurrentUser caller;

    public record AttachmentView(UUID id, String filename, String contentType, long size, String sha256,
                                 String uploadedBy, Instant createdAt) {
        static AttachmentView of(TicketAttachment a) {
            return new AttachmentView(a.id(), a.filename(), a.contentType(), a.size(), a.sha256(),
                    a.uploadedBy().name(), a.createdAt());
        }
    }

    @POST
    @Path("{number}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Attach a file (raw body, its Content-Type, name in ?filename=); limits per tenant")
    public Response upload(@PathParam("number") String number, @QueryParam("filename") String filename,
                           @HeaderParam("Content-Disposition") String disposition,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        String name = filename;
        if (name == null && disposition != null) {
            Matcher m = DISPOSITION_NAME.matcher(disposition);
            name = m.find() ? m.group(1) : null;
        }
        TicketAttachment a = attachments.upload(caller, number, name, contentType, body);
        return Response.status(201).entity(AttachmentView.of(a)).build();
    }

    @GET
    @Path("{number}/attachments")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The ticket's attachments")
    public List<AttachmentView> list(@PathParam("number") String number) {
        return attachments.list(caller, number).stream().map(AttachmentView::of).toList();
    }

    @GET
    @Path("{number}/attachments/{id}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an attachment's exact bytes")
    public Response download(@PathParam("number") String number, @PathParam("id") String id) {
        TicketAttachmentService.Download d = attachments.download(caller, number, id);
        TicketAttachment a = d.attachment();
        StreamingOutput bytes = out -> {
            try (InputStream in = d.content()) {
                in.transferTo(out);
            }
        };
        String ascii = a.filename().replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_");
        return Response.ok(bytes, a.contentType())
                .header(HttpHeaders.CONTENT_LENGTH, a.size())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(a.filename(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Cache-Control", "private, no-store")
                .tag(a.sha256())
                .build();
    }
}
