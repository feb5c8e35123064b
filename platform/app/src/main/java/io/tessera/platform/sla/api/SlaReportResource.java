package io.tessera.platform.sla.api;

import io.tessera.platform.sla.api.SlaDtos.ComplianceReport;
import io.tessera.platform.sla.api.SlaDtos.ComplianceRow;
import io.tessera.platform.sla.api.SlaDtos.SweepAnswer;
import io.tessera.platform.sla.application.SlaReadService;
import io.tessera.platform.sla.application.SlaTimerService;
import io.tessera.platform.web.ApiException;
import io.tessera.platform.web.ProblemFactory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * SLA compliance of a tenant (met and breached clocks per policy, metric, priority, group and month) and, for
 * tenant admins, firing the due SLA timers now instead of at the next sweep.
 */
@Path("/t/{tenant}/sla")
@RequestScoped
@RolesAllowed({"agent", "tenant-admin"})
@Produces(MediaType.APPLICATION_JSON)
public class SlaReportResource {

    static final Duration LONGEST = Duration.ofDays(3660);

    @Inject
    SlaReadService reads;
    @Inject
    SlaTimerService timers;
    @Context
    HttpHeaders headers;

    /** {@code from}/{@code to}: dates (UTC midnight) or instants with an offset; {@code to} is exclusive. */
    @GET
    @Path("reports/compliance")
    public ComplianceReport compliance(@QueryParam("from") String from, @QueryParam("to") String to) {
        List<ApiException.FieldViolation> problems = new ArrayList<>();
        Instant f = instant(from, "from", problems);
        Instant t = instant(to, "to", problems);
        if (f != null && t != null && (!t.isAfter(f) || Duration.between(f, t).compareTo(LONGEST) > 0)) {
            problems.add(violation("to", "report-range"));
        }
        if (!problems.isEmpty()) {
            throw new ApiException(400, "invalid-input", problems);
        }
        return new ComplianceReport(f, t, reads.compliance(f, t).stream().map(ComplianceRow::of).toList());
    }

    /** Fires this tenant's due timers now (each once, as the sweeper would); answers how many were claimed. */
    @POST
    @Path("timers/sweep")
    @RolesAllowed("tenant-admin")
    public SweepAnswer sweep() {
        int total = 0;
        int claimed;
        do {
            claimed = timers.fireDue(50);
            total += claimed;
        } while (claimed == 50);
        return new SweepAnswer(total);
    }

    private Instant instant(String v, String field, List<ApiException.FieldViolation> problems) {
        if (v == null || v.isBlank()) {
            problems.add(violation(field, "required"));
            return null;
        }
        try {
            return v.strip().length() == 10 ? LocalDate.parse(v.strip()).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : OffsetDateTime.parse(v.strip()).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(violation(field, "invalid-report-bound"));
            return null;
        }
    }

    private ApiException.FieldViolation violation(String field, String code) {
        return new ApiException.FieldViolation(field,
                ProblemFactory.message(ProblemFactory.locale(headers), "tessera.sla." + code));
    }
}
