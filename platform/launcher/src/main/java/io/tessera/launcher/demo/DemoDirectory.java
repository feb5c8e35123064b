package io.tessera.launcher.demo;

import java.util.List;

/** Who the demo stack has: the MSP operator and the demo tenants with their users. */
public record DemoDirectory(String operatorUsername, List<DemoTenant> tenants) {

    /** The provider realm, where MSP operators sign in. */
    public static final String PROVIDER_REALM = "tessera";
    /** Password-grant client the platform creates in every realm in dev mode. */
    public static final String CLI_CLIENT = "tessera-cli";

    /**
     * A demo tenant.
     *
     * @param sampleTicket raised by the tenant's end user when the demo creates that user
     */
    public record DemoTenant(String slug, String displayName, List<DemoUser> users, DemoTicket sampleTicket) {

        /** The realm of a tenant is named after its slug. */
        public String realm() {
            return slug;
        }

        /** The first administrator, created with the tenant itself. */
        public DemoUser admin() {
            return users.stream().filter(DemoUser::tenantAdmin).findFirst().orElseThrow();
        }

        /** The users a tenant admin creates after the tenant exists. */
        public List<DemoUser> staffAndCustomers() {
            return users.stream().filter(u -> !u.tenantAdmin()).toList();
        }

        public DemoUser user(String username) {
            return users.stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
        }
    }

    /**
     * A demo user.
     *
     * @param roles the realm roles the user has ({@code tenant-admin}, {@code agent}, {@code end-user})
     */
    public record DemoUser(String username, String email, String firstName, String lastName, List<String> roles) {

        public boolean tenantAdmin() {
            return roles.contains("tenant-admin");
        }

        public boolean endUser() {
            return roles.contains("end-user");
        }
    }

    public record DemoTicket(String title, String description) {
    }

    /** Operator {@code operator}; tenants {@code acme} and {@code globex}. */
    public static DemoDirectory standard() {
        return new DemoDirectory("operator", List.of(
                tenant("acme", "Acme Corp", "Acme", new DemoTicket("Printer on the 3rd floor is jammed",
                        "The shared printer next to the kitchen shows error E-52 and will not print.")),
                tenant("globex", "Globex Corporation", "Globex", new DemoTicket("Cannot connect to the VPN",
                        "Since this morning the VPN client says 'authentication failed' on my laptop."))));
    }

    /**
     * A tenant with {@code <slug>-admin} (tenant admin; the platform also makes the first admin an agent),
     * {@code <slug>-agent} and {@code <slug>-user} (end user).
     */
    static DemoTenant tenant(String slug, String displayName, String firstName, DemoTicket sampleTicket) {
        String domain = "@" + slug + ".example.com";
        return new DemoTenant(slug, displayName, List.of(
                new DemoUser(slug + "-admin", slug + "-admin" + domain, firstName, "Admin",
                        List.of("tenant-admin", "agent")),
                new DemoUser(slug + "-agent", slug + "-agent" + domain, firstName, "Agent", List.of("agent")),
                new DemoUser(slug + "-user", slug + "-user" + domain, firstName, "User", List.of("end-user"))),
                sampleTicket);
    }
}
