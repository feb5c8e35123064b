package io.tessera.platform.ticket.api;

import io.tessera.platform.identity.CurrentUser;
import io.tessera.platform.ticket.api.TicketDtos.TicketPage;
import io.tessera.platform.ticket.api.TicketDtos.TicketSummary;
import io.tessera.platform.ticket.api.TicketDtos.TicketView;
import io.tessera.platform.ticket.application.TicketCommands;
import io.tessera.platform.ticket.application.TicketQueueService;
import io.tessera.platform.ticket.application.TicketService;
import io.tessera.platform.ticket.domain.Ticket;
import io.tessera.platform.web.InputValidator;
import io.tessera.platform.web.ProblemFactory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/**
 * Tickets of one tenant: end users open and follow their own, agents open any type and work the tenant's queue.
 * Every ticket answer carries the ticket's version as {@code ETag}, for {@code If-Match} on changes.
 */
@Path("/t/{tenant}/tickets")
@RequestScoped
@RolesAllowed({"end-user", "agent", "tenant-admin"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tickets")
public class TicketResource {

    @Inject
    TicketService tickets;
    @Inject
    TicketQueueService queue;
    @Inject
    CurrentUser caller;
    @Inject
    InputValidator validator;
    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a ticket (an incident unless another type is given)")
    public Response open(TicketCommands.Open body, @Context UriInfo uri) {
        validator.validate(body, ProblemFactory.locale(headers));
        TicketService.Read read = tickets.open(body, caller);
        Ticket ticket = read.ticket();
        return Response.created(uri.getAbsolutePathBuilder().path(ticket.number().toString()).build())
                .tag(EntityTags.of(ticket)).entity(TicketView.of(ticket, read.parentNumber(), caller.isAgent())).build();
    }

    @GET
    @Operation(summary = "A page of the queue: filtered, sorted, keyset-paginated (pass next as after)")
    public TicketPage list(@BeanParam QueueParams params) {
        var page = queue.page(caller, params.query(), params.after, params.limit());
        return new TicketPage(page.items().stream().map(TicketSummary::of).toList(), page.next());
    }

    @GET
    @Path("counts")
    @Operation(summary = "How many tickets of the queue are in each status")
    public Map<String, Long> counts(@BeanParam QueueParams params) {
        return queue.countByStatus(caller, params.query());
    }

    @GET
    @Path("{number}")
    @Operation(summary = "One ticket, with its version as ETag")
    public Response get(@PathParam("number") String number) {
        TicketService.Read read = tickets.read(caller, number);
        return Response.ok(TicketView.of(read.ticket(), read.parentNumber(), caller.isAgent()))
                .tag(EntityTags.of(read.ticket())).build();
    }
}
