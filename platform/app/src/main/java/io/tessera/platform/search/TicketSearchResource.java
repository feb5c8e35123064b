package io.tessera.platform.search;

import io.tessera.platform.knowledge.application.SynonymService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/t/{tenant}/search/tickets?q=}: agents search the tenant's tickets by number, title, description. */
@Path("/t/{tenant}/search/tickets")
@RequestScoped
@RolesAllowed({"agent", "tenant-admin"})
@Produces(MediaType.APPLICATION_JSON)
public class TicketSearchResource {

    @Inject
    TicketSearchService tickets;
    @Inject
    SynonymService synonyms;

    @GET
    public TicketSearchService.Result search(@QueryParam("q") String q,
                                             @QueryParam("page") @DefaultValue("1") int page,
                                             @QueryParam("size") @DefaultValue("10") int size) {
        return tickets.search(q, synonyms.effective(), page, size);
    }
}
