package io.tessera.platform.knowledge.api;

import io.tessera.platform.knowledge.application.ArticleAttachmentService;
import io.tessera.platform.knowledge.domain.ArticleAttachment;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files on knowledge articles: agents attach them (raw body with its {@code Content-Type}, the name in
 * {@code ?filename=} or {@code Content-Disposition}); whoever may read the article lists and downloads them. A
 * download returns exactly the stored bytes, always as an attachment and never sniffed by the browser.
 */
@Path("/t/{tenant}/knowledge")
@RequestScoped
@RolesAllowed({"end-user", "agent", "tenant-admin"})
public class ArticleAttachmentResource {

    private static final Pattern DISPOSITION_NAME = Pattern.compile("filename=\"?([^\";]*)\"?");

    @Inject
    ArticleAttachmentService attachments;
    @Inject
    KnowledgeReaders readers;
    @Context
    SecurityContext security;

    public record AttachmentView(UUID id, String filename, String contentType, long size, String sha256,
                                 String uploadedBy, Instant createdAt) {
        static AttachmentView of(ArticleAttachment a) {
            return new AttachmentView(a.id(), a.filename(), a.contentType(), a.size(), a.sha256(),
                    a.uploadedBy().name(), a.createdAt());
        }
    }

    @POST
    @Path("articles/{number}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"agent", "tenant-admin"})
    public Response upload(@PathParam("number") String number, @QueryParam("filename") String filename,
                           @HeaderParam("Content-Disposition") String disposition,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        String name = filename;
        if (name == null && disposition != null) {
            Matcher m = DISPOSITION_NAME.matcher(disposition);
            name = m.find() ? m.group(1) : null;
        }
        ArticleAttachment a = attachments.upload(KnowledgeDtos.number(number), readers.reader(security),
                readers.actor(), name, contentType, body);
        return Response.status(201).entity(AttachmentView.of(a)).build();
    }

    @GET
    @Path("articles/{number}/attachments")
    @Produces(MediaType.APPLICATION_JSON)
    public List<AttachmentView> list(@PathParam("number") String number) {
        return attachments.list(KnowledgeDtos.number(number), readers.reader(security)).stream()
                .map(AttachmentView::of).toList();
    }

    @GET
    @Path("articles/{number}/attachments/{id}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("number") String number, @PathParam("id") String id) {
        ArticleAttachmentService.Download d = attachments.download(KnowledgeDtos.number(number),
                readers.reader(security), id);
        ArticleAttachment a = d.attachment();
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
