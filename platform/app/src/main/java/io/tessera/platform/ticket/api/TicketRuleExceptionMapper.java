package io.tessera.platform.ticket.api;

import io.tessera.platform.ticket.domain.TicketRuleException;
import io.tessera.platform.web.ApiException;
import io.tessera.platform.web.ProblemFactory;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;

/**
 * A ticket rule refused a request: 422 for missing or invalid input, 409 when the ticket's state does not allow it
 * (an illegal transition names the allowed statuses in {@code allowed}), 403 when the caller may not. The
 * transaction was rolled back, so nothing changed.
 */
@Provider
public class TicketRuleExceptionMapper implements ExceptionMapper<TicketRuleException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(TicketRuleException e) {
        return ProblemFactory.response(toProblem(e, ProblemFactory.locale(headers)), ProblemFactory.locale(headers));
    }

    static ApiException toProblem(TicketRuleException e, Locale locale) {
        int status = switch (e.kind()) {
            case INVALID -> 422;
            case CONFLICT -> 409;
            case FORBIDDEN -> 403;
        };
        String message = ProblemFactory.message("tessera.field.rejected", locale);
        ApiException problem = new ApiException(status, e.code(), e.fields().stream()
                .map(f -> new ApiException.FieldViolation(f, message)).toList(), e.args());
        for (var fact : e.facts().entrySet()) {
            problem = problem.with(fact.getKey(), fact.getValue());
        }
        return problem;
    }
}
