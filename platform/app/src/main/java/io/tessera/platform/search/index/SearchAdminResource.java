package io.tessera.platform.search.index;

import io.tessera.platform.tenancy.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The tenant's search index (tenant admins): health figure and rebuild from the database. */
@Path("/t/{tenant}/admin/search")
@RequestScoped
@RolesAllowed("tenant-admin")
@Produces(MediaType.APPLICATION_JSON)
public class SearchAdminResource {

    @Inject
    IndexAdministration index;
    @Inject
    TenantContext tenant;

    @GET
    @Path("health")
    public IndexAdministration.Health health() {
        return index.health(tenant.require());
    }

    /** Starts rebuilding this tenant's index in the background: 202 with the rebuild's state (poll the health). */
    @POST
    @Path("reindex")
    public Response reindex() {
        return Response.accepted(index.startReindex(tenant.require())).build();
    }
}
