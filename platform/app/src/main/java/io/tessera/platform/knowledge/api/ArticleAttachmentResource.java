package io.tessera.platform.knowledge.api;

import io.tessera.platform.attachment.api.AttachmentResponses;
import io.tessera.platform.attachment.api.AttachmentResponses.AttachmentView;
import io.tessera.platform.knowledge.application.ArticleAttachmentService;
import io.tessera.platform.knowledge.domain.ArticleAttachment;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.io.InputStream;
import java.util.List;

/**
 * Files on knowledge articles: agents attach (and remove) them (raw body with its {@code Content-Type}, the name in
 * {@code ?filename=} or {@code Content-Disposition}); whoever may read the article lists and downloads them. A
 * download returns exactly the stored bytes, always as an attachment and never sniffed by the browser.
 */
@Path("/t/{tenant}/knowledge")
@RequestScoped
@RolesAllowed({"end-user", "agent", "tenant-admin"})
public class ArticleAttachmentResource {

    @Inject
    ArticleAttachmentService attachments;
    @Inject
    KnowledgeReaders readers;
    @Context
    SecurityContext security;

    @POST
    @Path("articles/{number}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"agent", "tenant-admin"})
    public Response upload(@PathParam("number") String number, @QueryParam("filename") String filename,
                           @HeaderParam("Content-Disposition") String disposition,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        String name = AttachmentResponses.uploadName(filename, disposition);
        ArticleAttachment a = attachments.upload(KnowledgeDtos.number(number), readers.reader(security),
                readers.actor(), name, contentType, body);
        return AttachmentResponses.created(a);
    }

    @GET
    @Path("articles/{number}/attachments")
    @Produces(MediaType.APPLICATION_JSON)
    public List<AttachmentView> list(@PathParam("number") String number) {
        return attachments.list(KnowledgeDtos.number(number), readers.reader(security)).stream()
                .map(AttachmentView::of).toList();
    }

    /** Removes a file from the article (agents who may read it); 204. */
    @DELETE
    @Path("articles/{number}/attachments/{id}")
    @RolesAllowed({"agent", "tenant-admin"})
    public Response delete(@PathParam("number") String number, @PathParam("id") String id) {
        attachments.delete(KnowledgeDtos.number(number), readers.reader(security), readers.actor(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("articles/{number}/attachments/{id}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("number") String number, @PathParam("id") String id) {
        ArticleAttachmentService.Download d = attachments.download(KnowledgeDtos.number(number),
                readers.reader(security), id);
        ArticleAttachment a = d.attachment();
        return AttachmentResponses.download(a, d.content());
    }
}
