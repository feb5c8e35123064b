package io.tessera.platform.knowledge.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A node of the tenant's category tree (a root when it has no parent). */
@Entity
@Table(name = "kb_category")
public class Category {

    public static final int MAX_NAME = 120;
    public static final int MAX_DEPTH = 6;

    @Id
    private UUID id;

    @Column(name = "parent_id", updatable = false)
    private UUID parentId;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Category() {
    }

    public static Category create(String name, Category parent, Instant now) {
        Category c = new Category();
        c.id = UUID.randomUUID();
        c.parentId = parent == null ? null : parent.id;
        c.rename(name);
        c.createdAt = now;
        return c;
    }

    public void rename(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw new IllegalArgumentException("name must be 1.." + MAX_NAME + " characters");
        }
        this.name = n;
    }

    public UUID id() {
        return id;
    }

    public Optional<UUID> parentId() {
        return Optional.ofNullable(parentId);
    }

    public String name() {
        return name;
    }
}
