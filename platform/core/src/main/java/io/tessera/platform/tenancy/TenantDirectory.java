package io.tessera.platform.tenancy;

import java.util.Optional;

/**
 * What the edge needs to know about a tenant before authenticating a request: does it exist and may it be used.
 * Implemented by the control plane; implementations answer fast (cached) and never throw for unknown tenants.
 */
public interface TenantDirectory {

    record Entry(TenantId id, String displayName, TenantStatus status) {
    }

    Optional<Entry> find(TenantId id);
}
