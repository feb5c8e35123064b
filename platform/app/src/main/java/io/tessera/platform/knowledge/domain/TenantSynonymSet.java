package io.tessera.platform.knowledge.domain;

import io.tessera.platform.search.query.SynonymSet;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A synonym set a tenant admin added for the tenant's searches (on top of the built-in ones). */
@Entity
@Table(name = "kb_synonym_set")
public class TenantSynonymSet {

    @Id
    private UUID id;

    @Column(name = "terms", nullable = false)
    private String[] terms;

    @Column(name = "updated_by", nullable = false, length = 200)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected TenantSynonymSet() {
    }

    public static TenantSynonymSet create(SynonymSet set, Actor by, Instant now) {
        TenantSynonymSet s = new TenantSynonymSet();
        s.id = UUID.randomUUID();
        s.replace(set, by, now);
        return s;
    }

    public void replace(SynonymSet set, Actor by, Instant now) {
        this.terms = set.terms().toArray(String[]::new);
        this.updatedBy = by.name();
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public SynonymSet set() {
        return new SynonymSet(List.of(terms));
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
