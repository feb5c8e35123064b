package io.tessera.platform.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class ApiExceptionMapper implements ExceptionMapper<ApiException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ApiException e) {
        return ProblemFactory.response(e, ProblemFactory.locale(headers));
    }
}
