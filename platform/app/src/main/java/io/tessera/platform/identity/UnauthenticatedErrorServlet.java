package io.tessera.platform.identity;

import io.tessera.platform.web.ApiException;
import io.tessera.platform.web.JsonConfig;
import io.tessera.platform.web.ProblemFactory;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The error page for 401s raised by the container's authentication (missing, invalid or foreign-realm bearer
 * token): answers, like every other API error, with a localised {@code application/problem+json} body. The
 * {@code WWW-Authenticate} challenge set by the mechanism is kept.
 */
@WebServlet("/errors/unauthenticated")
public class UnauthenticatedErrorServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
        byte[] body = JsonConfig.mapper().writeValueAsBytes(ProblemFactory.problem(new ApiException(401, "unauthenticated"),
                ProblemFactory.locale(req.getHeader("Accept-Language"))));
        res.setStatus(401);
        res.setContentType(ProblemFactory.PROBLEM_JSON_TYPE);
        res.setCharacterEncoding(StandardCharsets.UTF_8.name());
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }
}
