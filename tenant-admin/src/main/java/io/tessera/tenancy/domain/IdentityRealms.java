package io.tessera.tenancy.domain;

import io.tessera.platform.tenancy.TenantId;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The identity side of a tenant: its Keycloak realm and the users in it. */
public interface IdentityRealms {

    /** The roles of a tenant realm (by stable code). */
    Set<String> TENANT_ROLES = Set.of("end-user", "agent", "tenant-admin");

    record NewUser(String username, String email, String firstName, String lastName, String password,
                   Set<String> roles) {
    }

    record UserSummary(String id, String username, String email, String firstName, String lastName,
                       boolean enabled) {
    }

    /** Creates the tenant's realm with its roles, clients and first tenant admin. */
    void createTenantRealm(TenantId tenant, String displayName, NewUser firstAdmin);

    /** Removes the realm if it exists (compensation for a failed provisioning). */
    void deleteRealm(String realm);

    /** Creates the provider realm of the MSP's staff and the bootstrap operator if missing. */
    void ensureProviderRealm(String operatorUsername, String operatorPassword);

    /** @return the new user's id */
    String createUser(TenantId tenant, NewUser user);

    List<UserSummary> listUsers(TenantId tenant, int first, int max);

    /** A user of the tenant's realm by id; empty if there is none. */
    Optional<UserSummary> findUser(TenantId tenant, String userId);

    /** The realm roles a user of the tenant's realm has (directly or through composites). */
    Set<String> realmRoles(TenantId tenant, String userId);
}
