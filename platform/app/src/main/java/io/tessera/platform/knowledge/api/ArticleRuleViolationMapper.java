package io.tessera.platform.knowledge.api;

import io.tessera.platform.knowledge.domain.ArticleRuleViolation;
import io.tessera.platform.web.ApiException;
import io.tessera.platform.web.ProblemFactory;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An article rule's "no" as a problem: 400 for invalid input, 409 for a step the article's state forbids. */
@Provider
public class ArticleRuleViolationMapper implements ExceptionMapper<ArticleRuleViolation> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ArticleRuleViolation e) {
        String c = e.code();
        int status = c.startsWith("invalid-") || c.startsWith("too-many-") || c.endsWith("-required")
                || c.endsWith("-too-long") || c.equals("translation-of-itself") ? 400 : 409;
        return ProblemFactory.response(new ApiException(status, c, e.args()), ProblemFactory.locale(headers));
    }
}
