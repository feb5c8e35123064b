package io.tessera.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Unreadable JSON bodies: syntax errors, wrong types, unknown fields. Replaces RESTEasy's own mapper for the same
 * type, which answers with a bare text.
 */
@Provider
public class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Context
    HttpHeaders headers;

    JsonExceptionMapper withHeaders(HttpHeaders h) {
        this.headers = h;
        return this;
    }

    @Override
    public Response toResponse(JsonProcessingException e) {
        ApiException problem;
        if (e instanceof UnrecognizedPropertyException u) {
            problem = ApiException.badRequest("unknown-field", u.getPropertyName());
        } else if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            problem = ApiException.badRequest("invalid-field-type", m.getPathReference()
                    .replaceAll("^.*\\[\"?", "").replaceAll("\"?]$", ""));
        } else {
            problem = ApiException.badRequest("malformed-json",
                    e.getLocation() == null ? "?" : e.getLocation().getLineNr(),
                    e.getLocation() == null ? "?" : e.getLocation().getColumnNr());
        }
        return ProblemFactory.response(problem, ProblemFactory.locale(headers));
    }
}
