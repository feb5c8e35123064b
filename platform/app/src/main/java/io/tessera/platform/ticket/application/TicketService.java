package io.tessera.platform.ticket.application;

import io.tessera.platform.identity.CurrentUser;
import io.tessera.platform.ticket.domain.Actor;
import io.tessera.platform.ticket.domain.Change;
import io.tessera.platform.ticket.domain.Level;
import io.tessera.platform.ticket.domain.Ticket;
import io.tessera.platform.ticket.domain.TicketDraft;
import io.tessera.platform.ticket.domain.TicketRepository;
import io.tessera.platform.ticket.domain.TicketSettings;
import io.tessera.platform.ticket.domain.TicketType;
import io.tessera.platform.ticket.domain.TicketTypes;
import io.tessera.platform.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/** Opening and reading tickets of the current tenant; one transaction per public method. */
@ApplicationScoped
@Transactional
public class TicketService {

    /** The types end users may open themselves (the rest is agents' work). */
    static final List<TicketType> SELF_SERVICE = List.of(TicketTypes.INCIDENT, TicketTypes.REQUEST);

    @Inject
    TicketRepository tickets;
    @Inject
    TicketSettings settings;
    @Inject
    TicketLookup lookup;
    @Inject
    TicketEventPublisher events;

    /**
     * A ticket with what its view needs besides itself. Its lazily loaded parts (watchers, a change's approvals)
     * are loaded here, inside the transaction, as views are rendered after it.
     */
    public record Read(Ticket ticket, String parentNumber) {
        public Read {
            ticket.watchers();
            if (ticket instanceof Change change) {
                change.approvals();
            }
        }
    }

    public Read open(TicketCommands.Open cmd, CurrentUser caller) {
        TicketType type = cmd.type() == null ? TicketTypes.INCIDENT : TicketTypes.byCode(cmd.type())
                .orElseThrow(() -> ApiException.unprocessable("ticket-invalid-type", cmd.type(),
                        TicketTypes.all().stream().map(TicketType::code).toList().toString()));
        boolean agent = caller.isAgent();
        if (!agent && (!SELF_SERVICE.contains(type) || cmd.channel() != null || cmd.requesterId() != null
                || cmd.parent() != null || cmd.organisation() != null || cmd.contract() != null)) {
            throw ApiException.forbidden("ticket-agents-only");
        }
        Actor requester = new Actor(caller.id(), caller.displayName());
        if (cmd.requesterId() != null) {
            if (cmd.requesterName() == null || cmd.requesterName().isBlank()) {
                throw new ApiException(400, "invalid-input",
                        List.of(new ApiException.FieldViolation("requesterName", "required")));
            }
            requester = new Actor(cmd.requesterId(), cmd.requesterName().strip());
        }
        String channel = cmd.channel() != null ? cmd.channel() : caller.viaPortal() ? "portal" : "api";
        Ticket parent = cmd.parent() == null ? null : lookup.visible(caller, cmd.parent());
        settings.categories().check(cmd.category(), cmd.subcategory());
        TicketDraft draft = new TicketDraft(cmd.title(), cmd.description(), level("impact", cmd.impact()),
                level("urgency", cmd.urgency()), cmd.category(), cmd.subcategory(), cmd.affectedService(),
                cmd.configurationItem(), channel, cmd.changeModel(), cmd.organisation(), cmd.contract());
        Instant now = Instant.now();
        Ticket ticket = Ticket.open(tickets.nextNumber(type), draft, parent, requester, settings.priorityMatrix(), now);
        tickets.add(ticket);
        events.publish(ticket, now);
        return new Read(ticket, parent == null ? null : parent.number().toString());
    }

    /** A ticket the caller may see, with its parent's number. */
    public Read read(CurrentUser caller, String number) {
        Ticket t = lookup.visible(caller, number);
        String parent = t.parentId() == null ? null
                : tickets.findById(t.parentId()).map(p -> p.number().toString()).orElse(null);
        return new Read(t, parent);
    }

    static Level level(String field, String code) {
        return code == null ? null : Level.require(field, code);
    }
}
