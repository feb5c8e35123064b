package io.tessera.platform.sla.api;

import io.tessera.platform.sla.api.CalendarDtos.CalendarInput;
import io.tessera.platform.sla.api.CalendarDtos.CalendarPage;
import io.tessera.platform.sla.api.CalendarDtos.CalendarSummary;
import io.tessera.platform.sla.api.CalendarDtos.CalendarView;
import io.tessera.platform.sla.api.CalendarDtos.DueAnswer;
import io.tessera.platform.sla.api.CalendarDtos.DueQuestion;
import io.tessera.platform.sla.api.CalendarDtos.ElapsedAnswer;
import io.tessera.platform.sla.api.CalendarDtos.ElapsedQuestion;
import io.tessera.platform.sla.api.CalendarDtos.ImportReport;
import io.tessera.platform.sla.application.CalendarService;
import io.tessera.platform.sla.domain.TenantCalendar;
import io.tessera.platform.sla.infrastructure.ICalendarFormat;
import io.tessera.platform.web.ApiException;
import io.tessera.platform.web.InputValidator;
import io.tessera.platform.web.ProblemFactory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.UUID;

/**
 * A tenant's business calendars: agents read them and ask them for business time (due, elapsed), tenant admins
 * define them and exchange their dates as iCalendar. Every change is validated as a whole (400 with field errors,
 * nothing stored); {@code ETag}/{@code If-Match} guard against lost updates (412).
 */
@Path("/t/{tenant}/calendars")
@RequestScoped
@RolesAllowed({"agent", "tenant-admin"})
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    @Inject
    CalendarService calendars;
    @Inject
    InputValidator validator;
    @Context
    HttpHeaders headers;

    @GET
    public CalendarPage list(@QueryParam("after") String after, @QueryParam("limit") @DefaultValue("50") int limit) {
        var page = calendars.list(after, Math.max(1, Math.min(limit, 200)));
        return new CalendarPage(page.items().stream().map(CalendarSummary::of).toList(), page.next());
    }

    @POST
    @RolesAllowed("tenant-admin")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CalendarInput body, @Context UriInfo uri) {
        validator.validate(body, ProblemFactory.locale(headers));
        var definition = new CalendarInputParser(ProblemFactory.locale(headers)).calendar(body);
        TenantCalendar created = calendars.create(body.name(), definition);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(Etags.of(created.version())).entity(CalendarView.of(created)).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        TenantCalendar c = calendars.get(parseId(id));
        return Response.ok(CalendarView.of(c)).tag(Etags.of(c.version())).build();
    }

    /** Replaces the calendar; with {@code If-Match} only if it is still at that version. */
    @PUT
    @Path("{id}")
    @RolesAllowed("tenant-admin")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            CalendarInput body) {
        UUID calendarId = parseId(id);
        validator.validate(body, ProblemFactory.locale(headers));
        var definition = new CalendarInputParser(ProblemFactory.locale(headers)).calendar(body);
        TenantCalendar c = calendars.update(calendarId, Etags.expected(ifMatch), body.name(), definition);
        return Response.ok(CalendarView.of(c)).tag(Etags.of(c.version())).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed("tenant-admin")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        calendars.delete(parseId(id), Etags.expected(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/due")
    @Consumes(MediaType.APPLICATION_JSON)
    public DueAnswer due(@PathParam("id") String id, DueQuestion body) {
        UUID calendarId = parseId(id);
        var question = BusinessTimeAnswers.parse(body, ProblemFactory.locale(headers));
        return BusinessTimeAnswers.due(calendars.get(calendarId).definition(), question);
    }

    @POST
    @Path("{id}/elapsed")
    @Consumes(MediaType.APPLICATION_JSON)
    public ElapsedAnswer elapsed(@PathParam("id") String id, ElapsedQuestion body) {
        UUID calendarId = parseId(id);
        var question = BusinessTimeAnswers.parse(body, ProblemFactory.locale(headers));
        return BusinessTimeAnswers.elapsed(calendars.get(calendarId).definition(), question);
    }

    /** Adds an iCalendar file's holidays and special days ({@code mode=replace}: instead of all existing ones). */
    @POST
    @Path("{id}/holidays/import")
    @RolesAllowed("tenant-admin")
    @Consumes({ICalendarFormat.MEDIA_TYPE, MediaType.TEXT_PLAIN})
    public Response importICalendar(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    @QueryParam("mode") @DefaultValue("merge") String mode, String body) {
        UUID calendarId = parseId(id);
        int[] counts = new int[2];
        var change = BusinessTimeAnswers.importing(body, mode, ProblemFactory.locale(headers), counts);
        TenantCalendar c = calendars.change(calendarId, Etags.expected(ifMatch), change);
        return Response.ok(new ImportReport(counts[0], counts[1], CalendarView.of(c))).tag(Etags.of(c.version()))
                .build();
    }

    @GET
    @Path("{id}/export")
    @Produces(ICalendarFormat.MEDIA_TYPE + ";charset=utf-8")
    public Response export(@PathParam("id") String id) {
        TenantCalendar c = calendars.get(parseId(id));
        String file = c.name().replaceAll("[^A-Za-z0-9._-]+", "-") + ".ics";
        return Response.ok(ICalendarFormat.write(c.name(), c.definition()))
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .tag(Etags.of(c.version())).build();
    }

    static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("calendar-not-found", id);
        }
    }
}
