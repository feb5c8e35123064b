package io.tessera.platform.ticket.api;

import io.tessera.platform.identity.CurrentUser;
import io.tessera.platform.ticket.api.TicketDtos.OpenTicket;
import io.tessera.platform.ticket.api.TicketDtos.TicketPage;
import io.tessera.platform.ticket.api.TicketDtos.TicketView;
import io.tessera.platform.ticket.application.TicketService;
import io.tessera.platform.ticket.domain.TicketNumber;
import io.tessera.platform.web.ApiException;
import io.tessera.platform.web.InputValidator;
import io.tessera.platform.web.ProblemFactory;
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
import jakarta.ws.rs.core.UriInfo;

/** Tickets of one tenant: end users open and follow their own, agents see the tenant's queue. */
@Path("/t/{tenant}/tickets")
@RequestScoped
@RolesAllowed({"end-user", "agent", "tenant-admin"})
@Produces(MediaType.APPLICATION_JSON)
public class TicketResource {

    @Inject
    TicketService tickets;
    @Inject
    CurrentUser caller;
    @Inject
    InputValidator validator;
    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(OpenTicket body, @Context UriInfo uri) {
        validator.validate(body, ProblemFactory.locale(headers));
        var ticket = tickets.open(body.title(), body.description(), caller);
        return Response.created(uri.getAbsolutePathBuilder().path(ticket.number().toString()).build())
                .entity(TicketView.of(ticket)).build();
    }

    /**
     * @param scope {@code mine} for the caller's own tickets, {@code all} (agents) for the tenant's queue; end users
     *              always get their own
     * @param after the {@code next} cursor of the previous page
     */
    @GET
    public TicketPage list(@QueryParam("scope") @DefaultValue("all") String scope,
                           @QueryParam("after") String after,
                           @QueryParam("limit") @DefaultValue("25") int limit) {
        if (!scope.equals("mine") && !scope.equals("all")) {
            throw ApiException.badRequest("invalid-scope", scope);
        }
        Long before = null;
        if (after != null) {
            before = TicketNumber.parse(after).map(TicketNumber::value)
                    .orElseThrow(() -> ApiException.badRequest("invalid-cursor"));
        }
        var page = tickets.list(caller, scope.equals("mine"), before, Math.max(1, Math.min(limit, 100)));
        return new TicketPage(page.items().stream().map(TicketView::of).toList(),
                page.next() == null ? null : new TicketNumber(page.next()).toString());
    }

    @GET
    @Path("{number}")
    public TicketView get(@PathParam("number") String number) {
        TicketNumber n = TicketNumber.parse(number)
                .orElseThrow(() -> ApiException.notFound("ticket-not-found", number));
        return TicketView.of(tickets.get(caller, n));
    }
}
