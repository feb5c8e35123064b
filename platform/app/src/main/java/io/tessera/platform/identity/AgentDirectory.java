package io.tessera.platform.identity;

import io.tessera.platform.tenancy.TenantContext;
import io.tessera.tenancy.domain.IdentityRealms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** Who the current tenant's agents are: users of its realm with the role {@code agent}. */
@ApplicationScoped
public class AgentDirectory {

    public static final String AGENT_ROLE = "agent";

    @Inject
    IdentityRealms realms;
    @Inject
    TenantContext tenant;

    /** An agent of the tenant by user id, with the name to show. */
    public record Agent(String id, String name) {
    }

    /** The agent with this id; empty for unknown users and users who are not agents. */
    public Optional<Agent> find(String userId) {
        return realms.findUser(tenant.require(), userId)
                .filter(u -> realms.realmRoles(tenant.require(), u.id()).contains(AGENT_ROLE))
                .map(u -> new Agent(u.id(), name(u)));
    }

    private static String name(IdentityRealms.UserSummary u) {
        String n = ((u.firstName() == null ? "" : u.firstName()) + " " + (u.lastName() == null ? "" : u.lastName()))
                .strip();
        return n.isEmpty() ? u.username() : n;
    }
}
