package io.tessera.platform.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/**
 * Runs work that left the request thread (after-commit events, timers, start-up tasks) for one explicit tenant:
 * opens a fresh request scope, binds the tenant, runs, and always closes the scope.
 */
@ApplicationScoped
public class TenantScopes {

    @Inject
    Instance<RequestContextController> controllers;

    @Inject
    TenantContext context;

    public <T> T call(TenantId tenant, Supplier<T> work) {
        RequestContextController controller = controllers.get();
        if (!controller.activate()) {
            controllers.destroy(controller);
            throw new IllegalStateException("TenantScopes must not be used inside an active request scope");
        }
        try {
            context.enter(tenant);
            return work.get();
        } finally {
            controller.deactivate();
            controllers.destroy(controller);
        }
    }

    public void run(TenantId tenant, Runnable work) {
        call(tenant, () -> {
            work.run();
            return null;
        });
    }
}
