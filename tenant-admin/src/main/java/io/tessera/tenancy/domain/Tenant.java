package io.tessera.tenancy.domain;

import io.tessera.platform.tenancy.TenantId;
import io.tessera.platform.tenancy.TenantStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A customer organisation served by the MSP. Owns its lifecycle rules: a tenant is created provisioning, becomes
 * active once schema and realm exist, and can be suspended and resumed; its slug, realm and schema never change.
 */
@Entity
@Table(name = "tenant", schema = "control")
public class Tenant {

    @Id
    @Column(name = "slug", length = 40)
    private String slug;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "status", nullable = false, length = 20)
    private String status;

    @Column(name = "realm", nullable = false, updatable = false, length = 40)
    private String realm;

    @Column(name = "schema_name", nullable = false, updatable = false, length = 63)
    private String schemaName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Tenant() {
    }

    public static Tenant provision(TenantId id, String displayName, Instant now) {
        Tenant t = new Tenant();
        t.slug = id.value();
        t.displayName = displayName;
        t.status = TenantStatus.PROVISIONING.code();
        t.realm = id.realm();
        t.schemaName = id.schema();
        t.createdAt = now;
        t.updatedAt = now;
        return t;
    }

    public void activate(Instant now) {
        requireStatus(TenantStatus.PROVISIONING, TenantStatus.SUSPENDED);
        status = TenantStatus.ACTIVE.code();
        updatedAt = now;
    }

    public void suspend(Instant now) {
        requireStatus(TenantStatus.ACTIVE);
        status = TenantStatus.SUSPENDED.code();
        updatedAt = now;
    }

    private void requireStatus(TenantStatus... allowed) {
        for (TenantStatus s : allowed) {
            if (s == status()) {
                return;
            }
        }
        throw new IllegalTenantTransitionException(id(), status(), java.util.List.of(allowed));
    }

    public TenantId id() {
        return TenantId.of(slug);
    }

    public String displayName() {
        return displayName;
    }

    public TenantStatus status() {
        return TenantStatus.fromCode(status);
    }

    public String realm() {
        return realm;
    }

    public String schemaName() {
        return schemaName;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
