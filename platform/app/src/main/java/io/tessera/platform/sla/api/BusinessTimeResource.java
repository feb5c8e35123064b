package io.tessera.platform.sla.api;

import io.tessera.platform.sla.api.CalendarDtos.CalendarView;
import io.tessera.platform.sla.api.CalendarDtos.DueAnswer;
import io.tessera.platform.sla.api.CalendarDtos.DueQuestion;
import io.tessera.platform.sla.api.CalendarDtos.ElapsedAnswer;
import io.tessera.platform.sla.api.CalendarDtos.ElapsedQuestion;
import io.tessera.platform.sla.api.CalendarDtos.ImportReport;
import io.tessera.platform.sla.application.CalendarService;
import io.tessera.platform.sla.calendar.BeyondHorizonException;
import io.tessera.platform.sla.calendar.BusinessCalendar;
import io.tessera.platform.sla.calendar.DueResult;
import io.tessera.platform.sla.calendar.InvalidCalendarException;
import io.tessera.platform.sla.domain.TenantCalendar;
import io.tessera.platform.sla.infrastructure.ICalendarFormat;
import io.tessera.platform.web.ApiException;
import io.tessera.platform.web.ProblemFactory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Duration;
import java.util.UUID;

/**
 * Asking a calendar for business time — so admins can test one — and exchanging its holidays and special days as
 * iCalendar.
 */
@Path("/t/{tenant}/calendars/{id}")
@RequestScoped
@RolesAllowed({"agent", "tenant-admin"})
@Produces(MediaType.APPLICATION_JSON)
public class BusinessTimeResource {

    @Inject
    CalendarService calendars;
    @Context
    HttpHeaders headers;

    @POST
    @Path("due")
    @Consumes(MediaType.APPLICATION_JSON)
    public DueAnswer due(@PathParam("id") String id, DueQuestion q) {
        UUID calendarId = CalendarResource.parseId(id);
        if (q == null) {
            throw ApiException.badRequest("body-required");
        }
        CalendarInputParser in = new CalendarInputParser(ProblemFactory.locale(headers));
        var start = in.instant(q.start(), "start");
        var target = in.target(q.target());
        var pauses = in.pauses(q.pauses());
        in.failIfProblems();
        BusinessCalendar calendar = calendars.get(calendarId).definition();
        try {
            DueResult r = calendar.due(start, target, pauses);
            return new DueAnswer(r.due(), r.instant().map(d -> d.atZone(calendar.zone()).toOffsetDateTime()
                    .toString()).orElse(null), r.outcome().code(), start, target.toString(), calendar.zone().getId());
        } catch (InvalidCalendarException e) {
            throw in.rejected(e);
        } catch (BeyondHorizonException e) {
            throw new ApiException(422, "due-beyond-horizon");
        }
    }

    @POST
    @Path("elapsed")
    @Consumes(MediaType.APPLICATION_JSON)
    public ElapsedAnswer elapsed(@PathParam("id") String id, ElapsedQuestion q) {
        UUID calendarId = CalendarResource.parseId(id);
        if (q == null) {
            throw ApiException.badRequest("body-required");
        }
        CalendarInputParser in = new CalendarInputParser(ProblemFactory.locale(headers));
        var from = in.instant(q.from(), "from");
        var to = in.instant(q.to(), "to");
        var pauses = in.pauses(q.pauses());
        in.failIfProblems();
        try {
            Duration d = calendars.get(calendarId).definition().elapsed(from, to, pauses);
            return new ElapsedAnswer(d.toString(), d.toMinutes(), d.getSeconds(), from, to);
        } catch (InvalidCalendarException e) {
            throw in.rejected(e);
        }
    }

    /**
     * Adds the holidays and special days of an iCalendar file; a date already in the calendar is replaced.
     * {@code mode=replace} drops all existing holidays and special days first.
     */
    @POST
    @Path("holidays/import")
    @RolesAllowed("tenant-admin")
    @Consumes({ICalendarFormat.MEDIA_TYPE, MediaType.TEXT_PLAIN})
    public Response importICalendar(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    @QueryParam("mode") @DefaultValue("merge") String mode, String body) {
        UUID calendarId = CalendarResource.parseId(id);
        if (!mode.equals("merge") && !mode.equals("replace")) {
            throw ApiException.badRequest("invalid-import-mode", mode);
        }
        CalendarInputParser in = new CalendarInputParser(ProblemFactory.locale(headers));
        int[] counts = new int[2];
        TenantCalendar c = calendars.change(calendarId, Etags.expected(ifMatch), current -> {
            ICalendarFormat.Content content = ICalendarFormat.read(body, current.zone());
            counts[0] = content.holidays().size();
            counts[1] = content.specialDays().size();
            BusinessCalendar.Builder b = current.toBuilder();
            if (mode.equals("replace")) {
                b.clearDates();
            }
            content.holidays().forEach(b::putHoliday);
            content.specialDays().forEach(b::putSpecialDay);
            try {
                return b.build();
            } catch (InvalidCalendarException e) {
                throw in.rejected(e);
            }
        });
        return Response.ok(new ImportReport(counts[0], counts[1], CalendarView.of(c)))
                .tag(Etags.of(c.version())).build();
    }

    @GET
    @Path("export")
    @Produces(ICalendarFormat.MEDIA_TYPE + ";charset=utf-8")
    public Response export(@PathParam("id") String id) {
        TenantCalendar c = calendars.get(CalendarResource.parseId(id));
        String file = c.name().replaceAll("[^A-Za-z0-9._-]+", "-") + ".ics";
        return Response.ok(ICalendarFormat.write(c.name(), c.definition()))
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .tag(Etags.of(c.version())).build();
    }
}
