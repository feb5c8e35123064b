package io.tessera.platform;

import io.tessera.platform.identity.CurrentUser;
import io.tessera.platform.tenancy.TenantId;
import io.tessera.platform.tenancy.TenantScopes;
import io.tessera.platform.ticket.application.TicketCommands;
import io.tessera.platform.ticket.application.TicketQueueService;
import io.tessera.platform.ticket.application.TicketService;
import io.tessera.tenancy.application.TenantService;
import io.tessera.tenancy.domain.IdentityRealms;
import io.tessera.platform.it.Deployments;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs inside WildFly: after concurrent traffic for two tenants, every physical connection in the pool is back on
 * the default search path (no tenant schema carried over), and each tenant's rows landed in its own schema only.
 */
@ExtendWith(ArquillianExtension.class)
class PoolLeakIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.platform().addClass(PoolLeakIT.class);
    }

    @Inject
    TenantService tenants;
    @Inject
    TenantScopes scopes;
    @Inject
    TicketService tickets;
    @Inject
    TicketQueueService queue;
    @Resource
    ManagedExecutorService executor;
    @Resource(lookup = "java:jboss/datasources/TesseraDS")
    DataSource dataSource;

    private TenantId newTenant(String prefix) {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        tenants.create(new TenantService.NewTenant(slug, prefix, new IdentityRealms.NewUser("admin",
                "admin@" + slug + ".example", "Ada", "Admin", "Secret-pass-123", Set.of())), "pool-leak-test");
        return TenantId.of(slug);
    }

    @Test
    void noPooledConnectionKeepsATenantSchemaAfterMixedTraffic() throws Exception {
        TenantId a = newTenant("leak-a");
        TenantId b = newTenant("leak-b");
        CurrentUser user = new CurrentUser(UUID.randomUUID().toString(), "load", "Load Test", Set.of("end-user"));

        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            TenantId tenant = i % 2 == 0 ? a : b;
            int n = i;
            work.add(executor.submit(() -> scopes.run(tenant, () -> {
                tickets.open(TicketCommands.Open.simple(tenant.value() + "-" + n, "mixed traffic"), user);
                queue.page(user, TicketQueueService.Query.of("mine"), null, 5);
            })));
        }
        for (Future<?> f : work) {
            f.get();
        }

        // every row is in its own tenant's schema
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertEquals(60, count(s, "select count(*) from \"" + a.schema() + "\".ticket where title like '" + a.value() + "-%'"));
            assertEquals(0, count(s, "select count(*) from \"" + a.schema() + "\".ticket where title not like '" + a.value() + "-%'"));
            assertEquals(60, count(s, "select count(*) from \"" + b.schema() + "\".ticket where title like '" + b.value() + "-%'"));
            assertEquals(0, count(s, "select count(*) from \"" + b.schema() + "\".ticket where title not like '" + b.value() + "-%'"));
        }

        // borrow as many raw connections as the pool can hold, so every physical connection is inspected
        List<Connection> borrowed = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                borrowed.add(dataSource.getConnection());
            }
            for (Connection c : borrowed) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("show search_path")) {
                    rs.next();
                    String path = rs.getString(1);
                    assertTrue(!path.contains(a.schema()) && !path.contains(b.schema()),
                            "pooled connection still on a tenant schema: " + path);
                }
                try (Statement s = c.createStatement()) {
                    SQLException e = assertThrows(SQLException.class, () -> s.executeQuery("select count(*) from ticket"));
                    assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
                }
            }
        } finally {
            for (Connection c : borrowed) {
                c.close();
            }
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
