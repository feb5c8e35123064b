package io.tessera.platform.ticket.api;

import io.tessera.platform.attachment.api.AttachmentResponses;
import io.tessera.platform.attachment.api.AttachmentResponses.AttachmentView;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.util.List;

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

    @Inject
    TicketAttachmentService attachments;
    @Inject
    CurrentUser caller;

    @POST
    @Path("{number}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Attach a file (raw body, its Content-Type, name in ?filename=); limits per tenant")
    public Response upload(@PathParam("number") String number, @QueryParam("filename") String filename,
                           @HeaderParam("Content-Disposition") String disposition,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        String name = AttachmentResponses.uploadName(filename, disposition);
        TicketAttachment a = attachments.upload(caller, number, name, contentType, body);
        return AttachmentResponses.created(a);
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
        return AttachmentResponses.download(a, d.content());
    }
}
