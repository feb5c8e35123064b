package io.tessera.platform.ticket.api;

import io.tessera.platform.identity.CurrentUser;
import io.tessera.platform.ticket.api.TicketDtos.TicketView;
import io.tessera.platform.ticket.application.TicketCommands;
import io.tessera.platform.ticket.application.TicketService;
import io.tessera.platform.ticket.application.TicketWorkService;
import io.tessera.platform.web.InputValidator;
import io.tessera.platform.web.ProblemFactory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Agents work a ticket: edit it, move it along its lifecycle, assign it, and run a change's approval. Every change
 * needs {@code If-Match} with the ETag last read (428 without, 412 when someone else changed the ticket since) and
 * answers with the ticket and its new ETag. An illegal transition is a 409 naming the allowed statuses.
 */
@Path("/t/{tenant}/tickets")
@RequestScoped
@RolesAllowed({"agent", "tenant-admin"})
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tickets")
public class TicketWorkResource {

    @Inject
    TicketWorkService work;
    @Inject
    CurrentUser caller;
    @Inject
    InputValidator validator;
    @Context
    HttpHeaders headers;

    @PATCH
    @Path("{number}")
    @Operation(summary = "Change fields (null: unchanged, empty text: cleared); needs If-Match")
    public Response edit(@PathParam("number") String number, TicketCommands.Edit body) {
        validator.validate(body, ProblemFactory.locale(headers));
        return answer(work.edit(caller, number, EntityTags.expectedVersion(headers, number), body));
    }

    @POST
    @Path("{number}/transitions")
    @Operation(summary = "Move the ticket to another status of its lifecycle; needs If-Match")
    public Response transition(@PathParam("number") String number, TicketCommands.Transition body) {
        validator.validate(body, ProblemFactory.locale(headers));
        return answer(work.transition(caller, number, EntityTags.expectedVersion(headers, number), body));
    }

    @PUT
    @Path("{number}/assignment")
    @Operation(summary = "Assign to a group and/or one of its agents (nulls unassign); needs If-Match")
    public Response assign(@PathParam("number") String number, TicketCommands.Assign body) {
        validator.validate(body, ProblemFactory.locale(headers));
        return answer(work.assign(caller, number, EntityTags.expectedVersion(headers, number), body));
    }

    @PUT
    @Path("{number}/approvers")
    @Operation(summary = "Name a change's CAB approvers and rule (any, all, majority); needs If-Match")
    public Response approvers(@PathParam("number") String number, TicketCommands.Approvers body) {
        validator.validate(body, ProblemFactory.locale(headers));
        return answer(work.nominateApprovers(caller, number, EntityTags.expectedVersion(headers, number), body));
    }

    @PUT
    @Path("{number}/parent")
    @Operation(summary = "Put an incident under a major incident (parent null: take it out); needs If-Match")
    public Response attach(@PathParam("number") String number, TicketCommands.Attach body) {
        validator.validate(body, ProblemFactory.locale(headers));
        return answer(work.attach(caller, number, EntityTags.expectedVersion(headers, number), body.parent()));
    }

    @POST
    @Path("{number}/approvals")
    @Operation(summary = "An approver approves or rejects a change awaiting authorization")
    public Response decide(@PathParam("number") String number, TicketCommands.Decision body) {
        validator.validate(body, ProblemFactory.locale(headers));
        return answer(work.decide(caller, number, body));
    }

    private static Response answer(TicketService.Read read) {
        return Response.ok(TicketView.of(read.ticket(), read.parentNumber(), true))
                .tag(EntityTags.of(read.ticket())).build();
    }
}
