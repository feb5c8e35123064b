package io.tessera.platform.identity;

import io.tessera.platform.config.TesseraConfig;

import java.util.Set;

/**
 * The authenticated caller of a tenant request, from the validated token.
 *
 * @param id          the stable user id (token subject) in the tenant's realm
 * @param username    the login name
 * @param displayName the name to show
 * @param roles       the caller's Tessera roles in this tenant
 * @param client      the client the token was issued to (its {@code azp}), e.g. {@code tessera-portal}; may be null
 */
public record CurrentUser(String id, String username, String displayName, Set<String> roles, String client) {

    public CurrentUser(String id, String username, String displayName, Set<String> roles) {
        this(id, username, displayName, roles, null);
    }

    public boolean isAgent() {
        return roles.contains("agent") || roles.contains("tenant-admin");
    }

    public boolean isTenantAdmin() {
        return roles.contains("tenant-admin");
    }

    /** Whether the call came through the self-service portal (rather than a script or integration). */
    public boolean viaPortal() {
        return TesseraConfig.PORTAL_CLIENT.equals(client);
    }
}
