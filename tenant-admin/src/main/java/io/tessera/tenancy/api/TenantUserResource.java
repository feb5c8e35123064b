package io.tessera.tenancy.api;

import io.tessera.platform.tenancy.TenantContext;
import io.tessera.platform.web.InputValidator;
import io.tessera.platform.web.ProblemFactory;
import io.tessera.tenancy.api.TenantDtos.CreateUser;
import io.tessera.tenancy.api.TenantDtos.UserView;
import io.tessera.tenancy.domain.IdentityRealms;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

/** Tenant admins manage the users of their organisation (users of the tenant's realm). */
@Path("/t/{tenant}/admin/users")
@RequestScoped
@RolesAllowed("tenant-admin")
@Produces(MediaType.APPLICATION_JSON)
public class TenantUserResource {

    @Inject
    IdentityRealms realms;
    @Inject
    TenantContext tenant;
    @Inject
    InputValidator validator;
    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CreateUser body, @Context UriInfo uri) {
        validator.validate(body, ProblemFactory.locale(headers));
        String id = realms.createUser(tenant.require(), new IdentityRealms.NewUser(body.username(), body.email(),
                body.firstName(), body.lastName(), body.password(), body.roles()));
        return Response.created(uri.getAbsolutePathBuilder().path(id).build())
                .entity(new UserView(id, body.username(), body.email(), body.firstName(), body.lastName(), true))
                .build();
    }

    @GET
    public List<UserView> list(@QueryParam("first") @DefaultValue("0") int first,
                               @QueryParam("max") @DefaultValue("50") int max) {
        return realms.listUsers(tenant.require(), Math.max(0, first), Math.max(1, Math.min(max, 200))).stream()
                .map(u -> new UserView(u.id(), u.username(), u.email(), u.firstName(), u.lastName(), u.enabled()))
                .toList();
    }
}
