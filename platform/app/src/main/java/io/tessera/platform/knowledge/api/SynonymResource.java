package io.tessera.platform.knowledge.api;

import io.tessera.platform.knowledge.application.SynonymService;
import io.tessera.platform.knowledge.domain.TenantSynonymSet;
import io.tessera.platform.search.query.BuiltInSynonyms;
import io.tessera.platform.search.query.SynonymSet;
import io.tessera.platform.web.ApiException;
import io.tessera.platform.web.InputValidator;
import io.tessera.platform.web.ProblemFactory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The tenant's search synonyms (tenant admins); effective with the next search, no reindex or redeploy. */
@Path("/t/{tenant}/admin/search/synonyms")
@RequestScoped
@RolesAllowed("tenant-admin")
@Produces(MediaType.APPLICATION_JSON)
public class SynonymResource {

    @Inject
    SynonymService synonyms;
    @Inject
    KnowledgeReaders readers;
    @Inject
    InputValidator validator;
    @Context
    HttpHeaders headers;

    public record Terms(@NotNull @Size(min = 2, max = SynonymSet.MAX_TERMS)
                        List<@NotBlank @Size(max = SynonymSet.MAX_TERM_LENGTH) String> terms) {
        SynonymSet toSet() {
            try {
                return new SynonymSet(terms);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("invalid-synonym-set", SynonymSet.MAX_TERMS, SynonymSet.MAX_TERM_LENGTH);
            }
        }
    }

    public record SetView(UUID id, List<String> terms, String updatedBy, Instant updatedAt) {
        static SetView of(TenantSynonymSet s) {
            return new SetView(s.id(), s.set().terms(), s.updatedBy(), s.updatedAt());
        }
    }

    public record Listing(List<SetView> tenant, List<List<String>> builtIn) {
    }

    @GET
    public Listing list() {
        return new Listing(synonyms.list().stream().map(SetView::of).toList(),
                BuiltInSynonyms.sets().stream().map(SynonymSet::terms).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(Terms body) {
        validator.validate(body, ProblemFactory.locale(headers));
        return Response.status(201).entity(SetView.of(synonyms.add(body.toSet(), readers.actor()))).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SetView replace(@PathParam("id") UUID id, Terms body) {
        validator.validate(body, ProblemFactory.locale(headers));
        return SetView.of(synonyms.replace(id, body.toSet(), readers.actor()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") UUID id) {
        synonyms.delete(id);
        return Response.noContent().build();
    }
}
