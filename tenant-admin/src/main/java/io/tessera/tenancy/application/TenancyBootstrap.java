package io.tessera.tenancy.application;

import io.tessera.platform.config.TesseraConfig;
import io.tessera.platform.tenancy.SchemaMigrator;
import io.tessera.tenancy.domain.IdentityRealms;
import io.tessera.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start-up: migrates the control schema, brings every tenant schema up to date (a failure stops the
 * deployment: serving an old schema would be worse), and makes sure the provider realm and the bootstrap
 * operator exist (Keycloak being down only delays that, it does not stop the platform).
 */
@ApplicationScoped
public class TenancyBootstrap {

    private static final Logger LOG = Logger.getLogger(TenancyBootstrap.class.getName());

    @Inject
    SchemaMigrator migrator;
    @Inject
    TenantRecords records;
    @Inject
    IdentityRealms realms;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        migrator.migrateControl();
        int count = 0;
        String after = null;
        List<Tenant> page;
        do {
            page = records.list(after, 200);
            for (Tenant t : page) {
                migrator.migrateTenant(t.id());
                count++;
                after = t.id().value();
            }
        } while (page.size() == 200);
        LOG.info("tenant schemas up to date: " + count);
        TesseraConfig config = TesseraConfig.load();
        try {
            realms.ensureProviderRealm(config.operatorUsername(), config.operatorPassword());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "could not prepare the provider realm '" + TesseraConfig.PROVIDER_REALM
                    + "' in Keycloak at " + config.keycloakUrl() + "; MSP operators cannot sign in until it exists", e);
        }
    }
}
