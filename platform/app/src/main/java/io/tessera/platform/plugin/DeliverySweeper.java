package io.tessera.platform.plugin;

import io.tessera.platform.tenancy.TenantId;
import io.tessera.platform.tenancy.SchemaPerTenantConnectionProvider;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Retries deliveries that failed or whose worker died (and those committed just before a crash or restart):
 * every 15 seconds, finds active tenants with due deliveries and hands them to the dispatcher.
 */
@Singleton
public class DeliverySweeper {

    private static final Logger LOG = Logger.getLogger(DeliverySweeper.class.getName());

    @Resource(lookup = SchemaPerTenantConnectionProvider.DATASOURCE)
    DataSource dataSource;
    @Inject
    DeliveryDispatcher dispatcher;

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select slug, schema_name from control.tenant where status = 'active'")) {
            while (rs.next()) {
                String schema = rs.getString(2);
                if (hasDue(c, schema)) {
                    dispatcher.dispatchSoon(TenantId.of(rs.getString(1)));
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "plugin delivery sweep failed", e);
        }
    }

    private static boolean hasDue(Connection c, String schema) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select 1 from \"" + schema
                + "\".plugin_delivery where status = 'pending' and next_attempt_at <= now() limit 1")) {
            return rs.next();
        } catch (SQLException missingTable) {
            return false;
        }
    }
}
