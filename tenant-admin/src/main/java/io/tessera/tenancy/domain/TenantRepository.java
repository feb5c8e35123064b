package io.tessera.tenancy.domain;

import io.tessera.platform.tenancy.TenantId;

import java.util.List;
import java.util.Optional;

public interface TenantRepository {

    Optional<Tenant> find(TenantId id);

    /** All tenants ordered by slug, starting after {@code afterSlug} (null: from the start). */
    List<Tenant> list(String afterSlug, int limit);

    void add(Tenant tenant);

    void remove(Tenant tenant);

    void recordEvent(TenantId id, String type, String actor, String detail);
}
