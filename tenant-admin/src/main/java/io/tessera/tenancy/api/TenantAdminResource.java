package io.tessera.tenancy.api;

import io.tessera.platform.tenancy.TenantId;
import io.tessera.platform.web.ApiException;
import io.tessera.platform.web.InputValidator;
import io.tessera.platform.web.ProblemFactory;
import io.tessera.tenancy.api.TenantDtos.CreateTenant;
import io.tessera.tenancy.api.TenantDtos.Page;
import io.tessera.tenancy.api.TenantDtos.TenantView;
import io.tessera.tenancy.application.TenantService;
import io.tessera.tenancy.domain.IdentityRealms;
import io.tessera.tenancy.domain.Tenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.Set;

/** Control-plane API for MSP operators: create, list, suspend and resume tenants. */
@Path("/admin/tenants")
@RequestScoped
@RolesAllowed("msp-operator")
@Produces(MediaType.APPLICATION_JSON)
public class TenantAdminResource {

    @Inject
    TenantService service;
    @Inject
    InputValidator validator;
    @Context
    HttpHeaders headers;
    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CreateTenant body, @Context UriInfo uri) {
        validator.validate(body, ProblemFactory.locale(headers));
        var admin = body.admin();
        Tenant t = service.create(new TenantService.NewTenant(body.slug(), body.displayName(),
                new IdentityRealms.NewUser(admin.username(), admin.email(), admin.firstName(), admin.lastName(),
                        admin.password(), Set.of())), actor());
        return Response.created(uri.getAbsolutePathBuilder().path(t.id().value()).build())
                .entity(TenantView.of(t)).build();
    }

    @GET
    public Page<TenantView> list(@QueryParam("after") String after,
                                 @QueryParam("limit") @DefaultValue("50") int limit) {
        int size = Math.max(1, Math.min(limit, 200));
        List<Tenant> page = service.list(after, size + 1);
        List<TenantView> items = page.stream().limit(size).map(TenantView::of).toList();
        return new Page<>(items, page.size() > size ? items.get(size - 1).slug() : null);
    }

    @GET
    @Path("{slug}")
    public TenantView get(@PathParam("slug") String slug) {
        return TenantView.of(service.get(tenant(slug)));
    }

    @POST
    @Path("{slug}/suspend")
    public TenantView suspend(@PathParam("slug") String slug) {
        return TenantView.of(service.suspend(tenant(slug), actor()));
    }

    @POST
    @Path("{slug}/resume")
    public TenantView resume(@PathParam("slug") String slug) {
        return TenantView.of(service.resume(tenant(slug), actor()));
    }

    private static TenantId tenant(String slug) {
        return TenantId.parse(slug).orElseThrow(() -> ApiException.notFound("tenant-not-found", slug));
    }

    private String actor() {
        return security.getUserPrincipal() == null ? "system" : security.getUserPrincipal().getName();
    }
}
