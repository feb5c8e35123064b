package io.tessera.platform.identity;

import java.util.Set;

/**
 * The authenticated caller of a tenant request, from the validated token.
 *
 * @param id          the stable user id (token subject) in the tenant's realm
 * @param username    the login name
 * @param displayName the name to show
 * @param roles       the caller's Tessera roles in this tenant
 */
public record CurrentUser(String id, String username, String displayName, Set<String> roles) {

    public boolean isAgent() {
        return roles.contains("agent") || roles.contains("tenant-admin");
    }
}
