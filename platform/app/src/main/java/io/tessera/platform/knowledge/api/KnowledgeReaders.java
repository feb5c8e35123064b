package io.tessera.platform.knowledge.api;

import io.tessera.platform.identity.CurrentUser;
import io.tessera.platform.knowledge.domain.Actor;
import io.tessera.platform.knowledge.domain.Audience;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import org.wildfly.security.http.oidc.OidcPrincipal;

import java.util.List;
import java.util.Set;

/**
 * The caller as the knowledge base sees them: a reader (agent or not, and the groups named in the token's
 * {@code groups} claim, as Keycloak's group membership mapper writes it) and an actor for authoring.
 */
@RequestScoped
public class KnowledgeReaders {

    @Inject
    CurrentUser caller;

    public Audience.Reader reader(SecurityContext security) {
        return new Audience.Reader(caller.id(), caller.isAgent(), groups(security));
    }

    public Actor actor() {
        return new Actor(caller.id(), caller.displayName());
    }

    private static Set<String> groups(@Context SecurityContext security) {
        if (security != null && security.getUserPrincipal() instanceof OidcPrincipal<?> p
                && p.getOidcSecurityContext() != null && p.getOidcSecurityContext().getToken() != null
                && p.getOidcSecurityContext().getToken().hasClaim("groups")) {
            try {
                List<String> groups = p.getOidcSecurityContext().getToken().getStringListClaimValue("groups");
                return groups == null ? Set.of() : Set.copyOf(groups.stream().limit(100).toList());
            } catch (RuntimeException notAList) {
                return Set.of();
            }
        }
        return Set.of();
    }
}
