package io.tessera.platform.sla.api;

import io.tessera.platform.sla.api.SlaDtos.PolicyInput;
import io.tessera.platform.sla.api.SlaDtos.PolicyList;
import io.tessera.platform.sla.api.SlaDtos.PolicyView;
import io.tessera.platform.sla.application.SlaPolicyService;
import io.tessera.platform.sla.domain.SlaPolicy;
import io.tessera.platform.web.ApiException;
import io.tessera.platform.web.InputValidator;
import io.tessera.platform.web.ProblemFactory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.UUID;

/**
 * A tenant's SLA policies: agents read them, tenant admins define them. Bodies are checked as a whole (400 with
 * field errors, nothing stored); {@code ETag}/{@code If-Match} guard against lost updates (412).
 */
@Path("/t/{tenant}/sla/policies")
@RequestScoped
@RolesAllowed({"agent", "tenant-admin"})
@Produces(MediaType.APPLICATION_JSON)
public class SlaPolicyResource {

    @Inject
    SlaPolicyService policies;
    @Inject
    InputValidator validator;
    @Context
    HttpHeaders headers;

    @GET
    public PolicyList list() {
        return new PolicyList(policies.list().stream().map(PolicyView::of).toList());
    }

    @POST
    @RolesAllowed("tenant-admin")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(PolicyInput body, @Context UriInfo uri) {
        SlaPolicy created = policies.create(parse(body));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(tag(created)).entity(PolicyView.of(created)).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        SlaPolicy p = policies.get(parseId(id));
        return Response.ok(PolicyView.of(p)).tag(tag(p)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("tenant-admin")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            PolicyInput body) {
        UUID policyId = parseId(id);
        SlaPolicy p = policies.update(policyId, expected(ifMatch), parse(body));
        return Response.ok(PolicyView.of(p)).tag(tag(p)).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed("tenant-admin")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        policies.delete(parseId(id), expected(ifMatch));
        return Response.noContent().build();
    }

    private SlaPolicy.Definition parse(PolicyInput body) {
        validator.validate(body, ProblemFactory.locale(headers));
        return new SlaPolicyParser(ProblemFactory.locale(headers)).parse(body);
    }

    private static EntityTag tag(SlaPolicy p) {
        return Etags.of(p.version());
    }

    private static Long expected(String ifMatch) {
        try {
            return Etags.expected(ifMatch);
        } catch (ApiException e) {
            throw new ApiException(412, "sla-policy-changed", "?", "?");
        }
    }

    static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("sla-policy-not-found", id);
        }
    }
}
