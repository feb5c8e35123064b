package io.tessera.platform.sla.api;

import io.tessera.platform.identity.CurrentUser;
import io.tessera.platform.sla.api.SlaDtos.TicketSlaView;
import io.tessera.platform.sla.application.SlaReadService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A ticket's SLA clocks, read now: state, due instant, elapsed and remaining business time, pending timers, what
 * fired, and each clock's timeline — every span counted or not, and why.
 */
@Path("/t/{tenant}/tickets/{number}/sla")
@RequestScoped
@RolesAllowed({"agent", "tenant-admin"})
@Produces(MediaType.APPLICATION_JSON)
public class TicketSlaResource {

    @Inject
    SlaReadService reads;
    @Inject
    CurrentUser caller;

    @GET
    public TicketSlaView get(@PathParam("number") String number) {
        return TicketSlaView.of(reads.ofTicket(caller, number));
    }
}
