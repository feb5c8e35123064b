package io.tessera.tenancy.application;

import io.tessera.platform.tenancy.TenantId;
import io.tessera.platform.web.ApiException;
import io.tessera.tenancy.domain.Tenant;
import io.tessera.tenancy.domain.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** The registry steps of the tenant lifecycle, each in its own transaction (provisioning spans several). */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class TenantRecords {

    @Inject
    TenantRepository tenants;

    public Tenant register(TenantId id, String displayName, String actor) {
        if (tenants.find(id).isPresent()) {
            throw ApiException.conflict("tenant-exists", id.value());
        }
        Tenant t = Tenant.provision(id, displayName, Instant.now());
        tenants.add(t);
        tenants.recordEvent(id, "provisioning-started", actor, displayName);
        return t;
    }

    public Tenant change(TenantId id, String event, String actor, Consumer<Tenant> change) {
        Tenant t = tenants.find(id).orElseThrow(() -> ApiException.notFound("tenant-not-found", id.value()));
        change.accept(t);
        tenants.recordEvent(id, event, actor, null);
        return t;
    }

    public void forget(TenantId id, String actor, String reason) {
        tenants.find(id).ifPresent(tenants::remove);
        tenants.recordEvent(id, "provisioning-failed", actor, reason);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Tenant get(TenantId id) {
        return tenants.find(id).orElseThrow(() -> ApiException.notFound("tenant-not-found", id.value()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Tenant> list(String after, int limit) {
        return tenants.list(after, limit);
    }
}
