package io.tessera.platform.web;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/** JAX-RS' own errors (no such path, wrong method or media type, unreadable body) as problems. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Logger LOG = Logger.getLogger(WebApplicationExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
        if (e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
            return new JsonExceptionMapper().withHeaders(headers).toResponse(json);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        ApiException problem;
        if (e instanceof NotFoundException) {
            problem = ApiException.notFound("not-found");
        } else if (e instanceof NotAllowedException) {
            problem = new ApiException(405, "method-not-allowed");
        } else if (e instanceof NotSupportedException) {
            problem = new ApiException(415, "unsupported-media-type");
        } else if (e instanceof NotAcceptableException) {
            problem = new ApiException(406, "not-acceptable");
        } else if (e instanceof NotAuthorizedException) {
            problem = new ApiException(401, "unauthenticated");
        } else if (status == 403) {
            problem = ApiException.forbidden("forbidden");
        } else if (status >= 500) {
            LOG.log(Level.SEVERE, "server error", e);
            problem = new ApiException(status, "internal-error");
        } else {
            problem = new ApiException(status, "bad-request");
        }
        Response r = ProblemFactory.response(problem, ProblemFactory.locale(headers));
        if (e instanceof NotAllowedException && e.getResponse() != null) {
            return Response.fromResponse(r).allow(e.getResponse().getAllowedMethods()).build();
        }
        return r;
    }
}
