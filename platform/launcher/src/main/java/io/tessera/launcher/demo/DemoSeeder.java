package io.tessera.launcher.demo;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tessera.launcher.credentials.SecretBook;
import io.tessera.launcher.demo.DemoDirectory.DemoTenant;
import io.tessera.launcher.demo.DemoDirectory.DemoUser;
import io.tessera.launcher.demo.PlatformClient.Answer;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Brings the running platform to the demo's state through its REST API, idempotently: tenants and users that
 * exist already are left as they are (their passwords are whatever credentials.json said when they were made).
 */
public final class DemoSeeder {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The platform creates the operator while deploying; Keycloak may still be settling the realm. */
    private static final Duration SIGN_IN_PATIENCE = Duration.ofSeconds(60);

    private final PlatformClient client;
    private final DemoDirectory demo;
    private final SecretBook secrets;
    private final Consumer<String> progress;

    public DemoSeeder(PlatformClient client, DemoDirectory demo, SecretBook secrets, Consumer<String> progress) {
        this.client = client;
        this.demo = demo;
        this.secrets = secrets;
        this.progress = progress;
    }

    public void seed() throws SeedException, InterruptedException {
        String operator = signIn(DemoDirectory.PROVIDER_REALM, demo.operatorUsername(),
                secrets.password(SecretBook.OPERATOR));
        for (DemoTenant tenant : demo.tenants()) {
            ensureTenant(operator, tenant);
            DemoUser admin = tenant.admin();
            String adminToken = signIn(tenant.realm(), admin.username(), password(tenant, admin));
            ensureSlaPolicy(adminToken, tenant);
            for (DemoUser user : tenant.staffAndCustomers()) {
                boolean created = ensureUser(adminToken, tenant, user);
                if (created && user.endUser() && tenant.sampleTicket() != null) {
                    raiseSampleTicket(tenant, user);
                }
            }
        }
    }

    private void ensureTenant(String operatorToken, DemoTenant tenant) throws SeedException, InterruptedException {
        Answer existing = client.get("/admin/tenants/" + tenant.slug(), operatorToken);
        if (existing.status() == 200) {
            progress.accept("tenant " + tenant.slug() + ": exists");
            return;
        }
        if (existing.status() != 404) {
            throw new SeedException("could not look up tenant " + tenant.slug() + ": " + existing.describe());
        }
        DemoUser admin = tenant.admin();
        ObjectNode body = NODES.objectNode();
        body.put("slug", tenant.slug());
        body.put("displayName", tenant.displayName());
        body.set("admin", userBody(admin, password(tenant, admin)));
        Answer created = client.post("/admin/tenants", operatorToken, body);
        switch (created.status()) {
            case 201 -> progress.accept("tenant " + tenant.slug() + ": created with admin " + admin.username());
            case 409 -> progress.accept("tenant " + tenant.slug() + ": exists");
            default -> throw new SeedException("could not create tenant " + tenant.slug() + ": " + created.describe());
        }
    }

    /** Creates the user unless it exists; true when it was created now. */
    private boolean ensureUser(String adminToken, DemoTenant tenant, DemoUser user)
            throws SeedException, InterruptedException {
        ObjectNode body = userBody(user, password(tenant, user));
        body.set("roles", NODES.arrayNode().addAll(user.roles().stream().map(NODES::textNode).toList()));
        Answer a = client.post("/t/" + tenant.slug() + "/admin/users", adminToken, body);
        switch (a.status()) {
            case 201 -> {
                progress.accept("user " + tenant.slug() + "/" + user.username() + ": created " + user.roles());
                return true;
            }
            case 409 -> {
                progress.accept("user " + tenant.slug() + "/" + user.username() + ": exists");
                return false;
            }
            default -> throw new SeedException("could not create user " + user.username() + " in tenant "
                    + tenant.slug() + ": " + a.describe());
        }
    }

    private void raiseSampleTicket(DemoTenant tenant, DemoUser user) throws SeedException, InterruptedException {
        String token = signIn(tenant.realm(), user.username(), password(tenant, user));
        ObjectNode body = NODES.objectNode();
        body.put("title", tenant.sampleTicket().title());
        body.put("description", tenant.sampleTicket().description());
        Answer a = client.post("/t/" + tenant.slug() + "/tickets", token, body);
        if (a.status() != 201) {
            throw new SeedException("could not raise the sample ticket of " + tenant.slug() + ": " + a.describe());
        }
        progress.accept("ticket " + tenant.slug() + ": sample ticket raised by " + user.username());
    }

    /** Targets of the demo's incident SLA per priority: first response and resolution (ISO-8601 durations). */
    private static final String[][] DEMO_TARGETS = {
            {"P1", "PT15M", "PT4H"}, {"P2", "PT30M", "PT8H"}, {"P3", "PT4H", "PT72H"},
            {"P4", "PT8H", "PT120H"}, {"P5", "PT24H", "PT240H"}};

    /**
     * Gives a tenant without SLA policies the demo's incident SLA on its round-the-clock calendar, so the sample
     * ticket has clocks; a tenant that has policies (the demo's or the admin's own) is left as it is.
     */
    private void ensureSlaPolicy(String adminToken, DemoTenant tenant) throws SeedException, InterruptedException {
        String base = "/t/" + tenant.slug();
        Answer policies = client.get(base + "/sla/policies", adminToken);
        if (policies.status() != 200) {
            throw new SeedException("could not list the SLA policies of " + tenant.slug() + ": " + policies.describe());
        }
        if (!client.json(policies).path("items").isEmpty()) {
            progress.accept("sla " + tenant.slug() + ": policies exist");
            return;
        }
        Answer calendars = client.get(base + "/calendars", adminToken);
        String calendarId = null;
        for (var c : client.json(calendars).path("items")) {
            if ("24x7".equals(c.path("name").asText())) {
                calendarId = c.path("id").asText();
            }
        }
        if (calendarId == null) {
            throw new SeedException("tenant " + tenant.slug() + " has no 24x7 calendar: " + calendars.describe());
        }
        ObjectNode body = NODES.objectNode();
        body.put("name", "Incidents (demo)");
        body.put("calendarId", calendarId);
        body.putObject("conditions").putArray("types").add("incident");
        body.putArray("pauseStatuses").add("on_hold:awaiting_customer");
        var targets = body.putArray("targets");
        for (String[] t : DEMO_TARGETS) {
            targets.addObject().put("metric", "first_response").put("priority", t[0]).put("target", t[1]);
            targets.addObject().put("metric", "resolution").put("priority", t[0]).put("target", t[2]);
        }
        var escalations = body.putArray("escalations");
        escalations.addObject().put("percent", 75).put("action", "notify");
        escalations.addObject().put("percent", 90).put("action", "notify");
        Answer created = client.post(base + "/sla/policies", adminToken, body);
        if (created.status() != 201) {
            throw new SeedException("could not create the demo SLA policy of " + tenant.slug() + ": "
                    + created.describe());
        }
        progress.accept("sla " + tenant.slug() + ": demo incident SLA created");
    }

    /** Signs in, retrying for a while: right after start-up a realm or user may not be usable yet. */
    private String signIn(String realm, String username, String password) throws SeedException, InterruptedException {
        Instant deadline = Instant.now().plus(SIGN_IN_PATIENCE);
        while (true) {
            try {
                return client.token(realm, username, password);
            } catch (SeedException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new SeedException(e.getMessage() + " (for " + SIGN_IN_PATIENCE.toSeconds()
                            + "s; if this stack was made with another credentials.json, restore it or start afresh"
                            + " by deleting the home directory)", e);
                }
                Thread.sleep(2000);
            }
        }
    }

    private String password(DemoTenant tenant, DemoUser user) {
        return secrets.password(SecretBook.userKey(tenant.realm(), user.username()));
    }

    private static ObjectNode userBody(DemoUser user, String password) {
        ObjectNode u = NODES.objectNode();
        u.put("username", user.username());
        u.put("email", user.email());
        u.put("firstName", user.firstName());
        u.put("lastName", user.lastName());
        u.put("password", password);
        return u;
    }
}
