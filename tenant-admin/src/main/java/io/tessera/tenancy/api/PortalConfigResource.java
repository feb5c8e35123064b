package io.tessera.tenancy.api;

import io.tessera.platform.config.TesseraConfig;
import io.tessera.platform.tenancy.TenantDirectory;
import io.tessera.platform.tenancy.TenantId;
import io.tessera.platform.tenancy.TenantStatus;
import io.tessera.platform.web.ApiException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Unauthenticated: what the portal needs to start signing a user in to an organisation. */
@Path("/public/tenants/{slug}/portal-config")
@RequestScoped
public class PortalConfigResource {

    @Inject
    TenantDirectory directory;

    private final TesseraConfig config = TesseraConfig.load();

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public TenantDtos.PortalConfig get(@PathParam("slug") String slug) {
        TenantDirectory.Entry e = TenantId.parse(slug).flatMap(directory::find)
                .filter(t -> t.status() != TenantStatus.PROVISIONING)
                .orElseThrow(() -> ApiException.notFound("tenant-not-found", slug));
        if (e.status() == TenantStatus.SUSPENDED) {
            throw ApiException.forbidden("tenant-suspended", slug);
        }
        return new TenantDtos.PortalConfig(slug, e.displayName(), config.keycloakUrl(), e.id().realm(),
                TesseraConfig.PORTAL_CLIENT);
    }
}
