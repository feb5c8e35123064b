package io.tessera.platform.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The caller as the tenant sees them: id, names and roles. */
@Path("/t/{tenant}/me")
@RequestScoped
public class MeResource {

    @Inject
    CurrentUser caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public CurrentUser me() {
        return caller;
    }
}
