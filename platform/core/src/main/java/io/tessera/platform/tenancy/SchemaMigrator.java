package io.tessera.platform.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Creates and migrates schemas with Flyway: the control schema ({@code db/control}) and one schema per tenant
 * ({@code db/tenant}). Runs outside any JTA transaction, as Flyway manages its own.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class SchemaMigrator {

    public static final String CONTROL_SCHEMA = "control";
    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = SchemaPerTenantConnectionProvider.DATASOURCE)
    DataSource dataSource;

    public record Result(String schema, String fromVersion, String toVersion, int migrationsExecuted) {
    }

    public Result migrateControl() {
        return migrate(CONTROL_SCHEMA, "classpath:db/control", Map.of());
    }

    public Result migrateTenant(TenantId tenant) {
        return migrate(tenant.schema(), "classpath:db/tenant", Map.of("tenant", tenant.value()));
    }

    /** Drops a tenant's schema and everything in it (compensation for a failed provisioning, or deletion). */
    public void dropTenantSchema(TenantId tenant) {
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.Statement s = c.createStatement()) {
            s.execute("drop schema if exists \"" + tenant.schema() + "\" cascade");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not drop schema " + tenant.schema(), e);
        }
    }

    private Result migrate(String schema, String location, Map<String, String> placeholders) {
        MigrateResult r = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .locations(location)
                .placeholders(placeholders)
                .failOnMissingLocations(true)
                .load()
                .migrate();
        if (r.migrationsExecuted > 0) {
            LOG.info(() -> "schema " + schema + " migrated from " + r.initialSchemaVersion + " to "
                    + r.targetSchemaVersion + " (" + r.migrationsExecuted + " migrations)");
        }
        return new Result(schema, r.initialSchemaVersion, r.targetSchemaVersion, r.migrationsExecuted);
    }
}
