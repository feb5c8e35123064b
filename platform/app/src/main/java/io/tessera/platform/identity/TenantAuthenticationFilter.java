package io.tessera.platform.identity;

import io.tessera.platform.config.TesseraConfig;
import io.tessera.platform.tenancy.TenantContext;
import io.tessera.platform.tenancy.TenantId;
import io.tessera.platform.web.ApiException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The one place a request is bound to its tenant: after elytron validated the bearer token against the realm the
 * path names, this filter checks that the token's issuer is that very realm (defence in depth) and enters the
 * tenant into the request-scoped {@link TenantContext}; the context ends with the request.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class TenantAuthenticationFilter implements ContainerRequestFilter {

    private static final Set<String> TENANT_ROLES = Set.of("end-user", "agent", "tenant-admin");

    @Inject
    TenantContext tenantContext;
    @Inject
    CallerHolder caller;
    @Context
    UriInfo uri;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = "/api/" + uri.getPath().replaceFirst("^/", "");
        SecurityContext security = request.getSecurityContext();
        Principal principal = security == null ? null : security.getUserPrincipal();
        if (path.startsWith(TenantPaths.TENANT_API)) {
            String slug = TenantPaths.tenantSlug(path).orElseThrow();
            TenantId tenant = TenantId.parse(slug).orElseThrow(() -> ApiException.notFound("tenant-not-found", slug));
            AccessToken token = requireToken(principal, tenant.realm());
            tenantContext.enter(tenant);
            Set<String> roles = new LinkedHashSet<>();
            TENANT_ROLES.stream().filter(security::isUserInRole).forEach(roles::add);
            String name = Stream.of(token.getName(), token.getPreferredUsername()).filter(s -> s != null && !s.isBlank())
                    .findFirst().orElse(token.getSubject());
            caller.set(new CurrentUser(token.getSubject(), token.getPreferredUsername(), name, Set.copyOf(roles),
                    token.getClaimValueAsString("azp")));
        } else if (path.startsWith(TenantPaths.ADMIN_API)) {
            requireToken(principal, TesseraConfig.PROVIDER_REALM);
        }
    }

    private static AccessToken requireToken(Principal principal, String realm) {
        if (!(principal instanceof OidcPrincipal<?> oidc) || oidc.getOidcSecurityContext() == null) {
            throw new ApiException(401, "unauthenticated");
        }
        AccessToken token = oidc.getOidcSecurityContext().getToken();
        String issuer = token == null ? null : token.getIssuer();
        if (issuer == null || !issuer.endsWith("/realms/" + realm)) {
            throw new ApiException(401, "unauthenticated");
        }
        return token;
    }

    /** Request-scoped holder of the caller, produced for injection as {@link CurrentUser}. */
    @RequestScoped
    public static class CallerHolder {
        private CurrentUser user;

        void set(CurrentUser user) {
            this.user = user;
        }

        /** The caller, if this request has one (off-request work and the control plane have none). */
        public java.util.Optional<CurrentUser> find() {
            return java.util.Optional.ofNullable(user);
        }

        @Produces
        CurrentUser current() {
            if (user == null) {
                throw new ApiException(401, "unauthenticated");
            }
            return user;
        }
    }
}
