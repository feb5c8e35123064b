package io.tessera.platform.tenancy;

import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;

/**
 * The tenant the current unit of work acts for. Request scoped: set exactly once per request by the
 * authentication filter (from the URL, checked against the token's realm), or by {@link TenantScopes} for work off
 * the request thread; it disappears with the request, so nothing carries it to another request on a pooled thread.
 */
@RequestScoped
public class TenantContext {

    private TenantId tenant;

    /**
     * Binds this unit of work to {@code id}.
     *
     * @throws IllegalStateException when it is already bound to another tenant
     */
    public void enter(TenantId id) {
        if (tenant != null && !tenant.equals(id)) {
            throw new IllegalStateException("unit of work already bound to tenant " + tenant);
        }
        tenant = id;
    }

    public Optional<TenantId> current() {
        return Optional.ofNullable(tenant);
    }

    /** @throws IllegalStateException when no tenant is bound (a programming error, never user input) */
    public TenantId require() {
        if (tenant == null) {
            throw new IllegalStateException("no tenant bound to this unit of work");
        }
        return tenant;
    }
}
