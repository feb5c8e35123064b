package io.tessera.platform.attachment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;
import java.util.UUID;

/**
 * What every attachment row records about a stored file: its id (the key of its bytes in the {@link AttachmentStore},
 * never the client's file name), the sanitised name, type, size and SHA-256 of what was stored, who uploaded it and
 * when. Each owning feature maps it onto its own table and adds the reference to what the file is attached to.
 */
@MappedSuperclass
public abstract class StoredFile {

    @Id
    private UUID id;
    @Column(name = "filename", nullable = false, updatable = false, length = AttachmentRules.MAX_FILENAME)
    private String filename;
    @Column(name = "content_type", nullable = false, updatable = false, length = 100)
    private String contentType;
    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;
    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    private String sha256;
    @Column(name = "uploaded_by_id", nullable = false, updatable = false, length = 64)
    private String uploadedById;
    @Column(name = "uploaded_by_name", nullable = false, updatable = false, length = 200)
    private String uploadedByName;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected StoredFile() {
    }

    /** Records a stored file; {@code filename} is sanitised here. */
    protected StoredFile(UUID id, String filename, String contentType, long size, String sha256, String uploadedById,
                         String uploadedByName, Instant createdAt) {
        this.id = id;
        this.filename = AttachmentRules.sanitizeFilename(filename);
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.uploadedById = uploadedById;
        this.uploadedByName = uploadedByName;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public String filename() {
        return filename;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public String uploadedById() {
        return uploadedById;
    }

    public String uploadedByName() {
        return uploadedByName;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
