package io.tessera.platform.ticket.api;

import io.tessera.platform.ticket.application.ChangeCalendarService;
import io.tessera.platform.ticket.domain.BlackoutWindow;
import io.tessera.platform.ticket.domain.Change;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** The change calendar: planned changes and blackout windows (tenant admins set those). */
@Path("/t/{tenant}/change-calendar")
@RequestScoped
@RolesAllowed({"agent", "tenant-admin"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Change calendar")
public class ChangeCalendarResource {

    @Inject
    ChangeCalendarService calendar;
    @Inject
    InputValidator validator;
    @Context
    HttpHeaders headers;

    public record PlannedChange(String number, String title, String status, String changeModel,
                                String configurationItem, Instant plannedStart, Instant plannedEnd) {
        static PlannedChange of(Change c) {
            return new PlannedChange(c.number().toString(), c.title(), c.status(), c.changeModel(),
                    c.configurationItem(), c.plannedStart(), c.plannedEnd());
        }
    }

    public record Blackout(UUID id, String name, Instant startsAt, Instant endsAt) {
        static Blackout of(BlackoutWindow b) {
            return new Blackout(b.id(), b.name(), b.startsAt(), b.endsAt());
        }
    }

    public record NewBlackout(@NotBlank @Size(max = BlackoutWindow.MAX_NAME) String name, @NotNull Instant startsAt,
                              @NotNull Instant endsAt) {
    }

    public record CalendarView(List<PlannedChange> changes, List<Blackout> blackouts) {
    }

    @GET
    @Operation(summary = "Changes planned and blackout windows overlapping [from, to) (ISO-8601 instants)")
    public CalendarView between(@QueryParam("from") String from, @QueryParam("to") String to) {
        var c = calendar.between(instant("from", from), instant("to", to));
        return new CalendarView(c.changes().stream().map(PlannedChange::of).toList(),
                c.blackouts().stream().map(Blackout::of).toList());
    }

    @POST
    @Path("blackouts")
    @RolesAllowed("tenant-admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a blackout window: no change may be scheduled into it")
    public Response addBlackout(NewBlackout body) {
        validator.validate(body, ProblemFactory.locale(headers));
        return Response.status(201).entity(Blackout.of(calendar.addBlackout(body.name(), body.startsAt(),
                body.endsAt()))).build();
    }

    @DELETE
    @Path("blackouts/{id}")
    @RolesAllowed("tenant-admin")
    @Operation(summary = "Remove a blackout window")
    public Response removeBlackout(@PathParam("id") String id) {
        try {
            calendar.removeBlackout(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            throw ApiException.notFound("blackout-not-found", id);
        }
        return Response.noContent().build();
    }

    private static Instant instant(String name, String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("invalid-query", name, value, "ISO-8601 instants");
        }
    }
}
