package io.tessera.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

import java.time.Instant;

/**
 * One Envers revision: a transaction that changed audited data, when and by whom. The number is the column's
 * default, from the tenant's own sequence, returned by the insert (no block of numbers is cached in the JVM, which
 * would be shared across tenants; no extra round trip for the number).
 */
@Entity
@Table(name = "revinfo")
@RevisionEntity(RevisionAuthorListener.class)
public class AuditRevision {

    /** The author of changes made outside any user's request (start-up, timers, plugin work). */
    public static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    @Column(name = "rev")
    private long id;

    @RevisionTimestamp
    @Column(name = "revtstmp", nullable = false)
    private long timestamp;

    @Column(name = "author_id", nullable = false, length = 64)
    private String authorId;

    @Column(name = "author_name", nullable = false, length = 200)
    private String authorName;

    public long id() {
        return id;
    }

    public Instant at() {
        return Instant.ofEpochMilli(timestamp);
    }

    public String authorId() {
        return authorId;
    }

    public String authorName() {
        return authorName;
    }

    void author(String id, String name) {
        this.authorId = id;
        this.authorName = name;
    }
}
