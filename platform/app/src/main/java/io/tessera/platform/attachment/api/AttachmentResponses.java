package io.tessera.platform.attachment.api;

import io.tessera.platform.attachment.domain.StoredFile;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The REST side shared by the attachment resources (ADR 0010): the file name of a raw upload, the JSON view of a
 * recorded file, and the download response — exactly the stored bytes, always as an attachment, never sniffed, in a
 * sandbox, not cached, the SHA-256 as ETag.
 */
public final class AttachmentResponses {

    private static final Pattern DISPOSITION_NAME = Pattern.compile("filename=\"?([^\";]*)\"?");

    private AttachmentResponses() {
    }

    /** An attachment as listed and returned after upload. */
    public record AttachmentView(UUID id, String filename, String contentType, long size, String sha256,
                                 String uploadedBy, Instant createdAt) {
        public static AttachmentView of(StoredFile a) {
            return new AttachmentView(a.id(), a.filename(), a.contentType(), a.size(), a.sha256(),
                    a.uploadedByName(), a.createdAt());
        }
    }

    /** The client's file name: {@code ?filename=} if given, else the one in {@code Content-Disposition}, else null. */
    public static String uploadName(String filename, String disposition) {
        if (filename == null && disposition != null) {
            Matcher m = DISPOSITION_NAME.matcher(disposition);
            return m.find() ? m.group(1) : null;
        }
        return filename;
    }

    /** 201 with the recorded file's view. */
    public static Response created(StoredFile a) {
        return Response.status(201).entity(AttachmentView.of(a)).build();
    }

    /** Streams {@code content} (closed when done) as the download of {@code a}. */
    public static Response download(StoredFile a, InputStream content) {
        StreamingOutput bytes = out -> {
            try (InputStream in = content) {
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
