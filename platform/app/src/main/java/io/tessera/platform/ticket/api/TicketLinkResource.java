package io.tessera.platform.ticket.api;

import io.tessera.platform.identity.CurrentUser;
import io.tessera.platform.ticket.application.TicketCommands;
import io.tessera.platform.ticket.application.TicketLinkService;
import io.tessera.platform.web.InputValidator;
import io.tessera.platform.web.ProblemFactory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Links between tickets: an incident caused by a problem, incidents and problems resolved by a change, an
 * incident caused by a change, related tickets. Listed from either end (agents).
 */
@Path("/t/{tenant}/tickets")
@RequestScoped
@RolesAllowed({"agent", "tenant-admin"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tickets")
public class TicketLinkResource {

    @Inject
    TicketLinkService links;
    @Inject
    CurrentUser caller;
    @Inject
    InputValidator validator;
    @Context
    HttpHeaders headers;

    /** A link from this ticket's point of view. */
    public record LinkView(UUID id, String kind, String relation, String direction, String number, String type,
                           String title, String status, String createdBy, Instant createdAt) {
        static LinkView of(TicketLinkService.Linked l) {
            return new LinkView(l.link().id(), l.link().kind().code(), l.relation(),
                    l.outgoing() ? "outgoing" : "incoming", l.other().number().toString(), l.other().type().code(),
                    l.other().title(), l.other().status(), l.link().createdBy().name(), l.link().createdAt());
        }
    }

    @GET
    @Path("{number}/links")
    @Operation(summary = "Links from and to this ticket")
    public List<LinkView> list(@PathParam("number") String number) {
        return links.links(caller, number).stream().map(LinkView::of).toList();
    }

    @POST
    @Path("{number}/links")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link to another ticket: caused_by_problem, resolved_by_change, caused_by_change, related_to")
    public Response link(@PathParam("number") String number, TicketCommands.Link body) {
        validator.validate(body, ProblemFactory.locale(headers));
        return Response.status(201).entity(LinkView.of(links.link(caller, number, body.kind(), body.target()))).build();
    }

    @DELETE
    @Path("{number}/links/{id}")
    @Operation(summary = "Remove a link")
    public Response unlink(@PathParam("number") String number, @PathParam("id") String id) {
        links.unlink(caller, number, id);
        return Response.noContent().build();
    }
}
