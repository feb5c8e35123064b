package io.tessera.platform.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Anything else is a bug: logged with an incident id the problem response repeats; no internals leak. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            if (root instanceof ApiException api) {
                return ProblemFactory.response(api, ProblemFactory.locale(headers));
            }
            root = root.getCause();
        }
        if (root instanceof ApiException api) {
            return ProblemFactory.response(api, ProblemFactory.locale(headers));
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "unexpected error, incident " + incident, e);
        return ProblemFactory.response(new ApiException(500, "internal-error", incident),
                ProblemFactory.locale(headers));
    }
}
