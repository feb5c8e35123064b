package io.tessera.platform.sla.application;

import io.tessera.platform.tenancy.SchemaPerTenantConnectionProvider;
import io.tessera.platform.tenancy.TenantId;
import io.tessera.platform.tenancy.TenantScopes;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every two seconds, on every node: finds active tenants with due SLA timers and fires them, each batch in its own
 * transaction ({@link SlaTimerService#fireDue}). Nothing is kept in memory between sweeps — the timers are rows —
 * so a restart loses nothing, and the row locks keep two nodes from firing the same timer.
 */
@Singleton
public class SlaTimerSweeper {

    private static final Logger LOG = Logger.getLogger(SlaTimerSweeper.class.getName());
    static final int BATCH = 50;

    @Resource(lookup = SchemaPerTenantConnectionProvider.DATASOURCE)
    DataSource dataSource;
    @Resource
    ManagedExecutorService executor;
    @Inject
    TenantScopes scopes;
    @Inject
    SlaTimerService timers;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        for (TenantId tenant : tenantsWithDueTimers()) {
            // on a managed worker: a timeout method has a request scope of its own, which TenantScopes must not
            // share; waiting for it keeps one sweep at a time on this node
            Future<?> work = executor.submit(() -> scopes.run(tenant, () -> {
                while (timers.fireDue(BATCH) == BATCH) {
                    // a full batch: there may be more
                }
            }));
            try {
                work.get(1, TimeUnit.MINUTES);
            } catch (ExecutionException | TimeoutException e) {
                LOG.log(Level.WARNING, "SLA timer sweep failed for tenant " + tenant.value(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private List<TenantId> tenantsWithDueTimers() {
        List<TenantId> due = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select slug, schema_name from control.tenant where status = 'active'")) {
            while (rs.next()) {
                if (hasDue(c, rs.getString(2))) {
                    due.add(TenantId.of(rs.getString(1)));
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "SLA timer sweep could not list tenants", e);
        }
        return due;
    }

    private static boolean hasDue(Connection c, String schema) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select 1 from \"" + schema
                + "\".sla_timer where fired_at is null and due_at <= now() limit 1")) {
            return rs.next();
        } catch (SQLException missingTable) {
            return false;
        }
    }
}
