package io.tessera.platform.identity;

import io.tessera.platform.tenancy.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

/** Hands the {@link TenantDirectory} to the tenant gate, which runs outside CDI. */
@ApplicationScoped
public class TenantDirectoryPublisher {

    @Inject
    TenantDirectory directory;

    void publish(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        context.setAttribute(TenantGateExtension.DIRECTORY_ATTRIBUTE, directory);
    }
}
