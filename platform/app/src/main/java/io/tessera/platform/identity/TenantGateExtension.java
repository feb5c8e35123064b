package io.tessera.platform.identity;

import io.tessera.platform.tenancy.TenantDirectory;
import io.tessera.platform.tenancy.TenantId;
import io.tessera.platform.tenancy.TenantStatus;
import io.tessera.platform.web.ApiException;
import io.tessera.platform.web.JsonConfig;
import io.tessera.platform.web.ProblemFactory;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import jakarta.servlet.ServletContext;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Puts the tenant gate in front of the whole servlet chain, before authentication: a request for an unknown
 * tenant is a 404 problem, for a suspended one a 403 problem, whatever token it carries, and no OIDC
 * configuration is ever built for a realm that is not a live tenant.
 */
public class TenantGateExtension implements ServletExtension {

    /** Servlet-context attribute under which the CDI side publishes the {@link TenantDirectory}. */
    static final String DIRECTORY_ATTRIBUTE = TenantDirectory.class.getName();

    @Override
    public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
        deploymentInfo.addInitialHandlerChainWrapper(next -> new Gate(next, servletContext));
    }

    private static final class Gate implements HttpHandler {
        private final HttpHandler next;
        private final ServletContext context;

        Gate(HttpHandler next, ServletContext context) {
            this.next = next;
            this.context = context;
        }

        @Override
        public void handleRequest(HttpServerExchange exchange) throws Exception {
            Optional<String> slug = TenantPaths.tenantSlug(exchange.getRelativePath());
            if (slug.isEmpty()) {
                next.handleRequest(exchange);
                return;
            }
            if (exchange.isInIoThread()) {
                exchange.dispatch(this);
                return;
            }
            TenantDirectory directory = (TenantDirectory) context.getAttribute(DIRECTORY_ATTRIBUTE);
            if (directory == null) {
                reject(exchange, new ApiException(503, "tenant-unavailable", slug.get()));
                return;
            }
            Optional<TenantDirectory.Entry> tenant = TenantId.parse(slug.get()).flatMap(directory::find);
            if (tenant.isEmpty()) {
                reject(exchange, ApiException.notFound("tenant-not-found", slug.get()));
            } else if (tenant.get().status() == TenantStatus.SUSPENDED) {
                reject(exchange, ApiException.forbidden("tenant-suspended", slug.get()));
            } else if (tenant.get().status() != TenantStatus.ACTIVE) {
                reject(exchange, new ApiException(503, "tenant-unavailable", slug.get()));
            } else {
                next.handleRequest(exchange);
            }
        }

        private static void reject(HttpServerExchange exchange, ApiException problem) throws Exception {
            String lang = exchange.getRequestHeaders().getFirst(Headers.ACCEPT_LANGUAGE);
            byte[] body = JsonConfig.mapper().writeValueAsBytes(
                    ProblemFactory.problem(problem, ProblemFactory.locale(lang)));
            exchange.setStatusCode(problem.status());
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, ProblemFactory.PROBLEM_JSON_TYPE);
            exchange.getResponseSender().send(new String(body, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
    }
}
