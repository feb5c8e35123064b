package io.tessera.platform.ticket.api;

import io.tessera.platform.ticket.domain.Lifecycle;
import io.tessera.platform.ticket.domain.Lifecycles;
import io.tessera.platform.ticket.domain.TicketTypes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/** The ticket types and their lifecycles (statuses and allowed transitions), for clients to render them. */
@Path("/t/{tenant}/ticket-types")
@RequestScoped
@RolesAllowed({"end-user", "agent", "tenant-admin"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tickets")
public class TicketTypeResource {

    public record TypeView(String code, String numberPrefix) {
    }

    public record LifecycleView(String code, String initial, List<String> statuses, List<String> done,
                                Map<String, List<String>> transitions) {
        static LifecycleView of(Lifecycle<?> l) {
            Map<String, List<String>> t = new java.util.LinkedHashMap<>();
            l.statuses().forEach(s -> t.put(s, l.allowedFrom(s)));
            return new LifecycleView(l.code(), l.initial(), l.statuses(), l.doneStatuses(), t);
        }
    }

    public record Catalogue(List<TypeView> types, List<LifecycleView> lifecycles) {
    }

    @GET
    @Operation(summary = "Ticket types (number prefixes) and lifecycles by code")
    public Catalogue catalogue() {
        return new Catalogue(TicketTypes.all().stream().map(t -> new TypeView(t.code(), t.prefix())).toList(),
                Lifecycles.all().stream().map(LifecycleView::of).toList());
    }
}
