package io.tessera.tenancy.application;

import io.tessera.platform.tenancy.SchemaMigrator;
import io.tessera.platform.tenancy.TenantId;
import io.tessera.platform.web.ApiException;
import io.tessera.tenancy.domain.IdentityRealms;
import io.tessera.tenancy.domain.Tenant;
import io.tessera.tenancy.infrastructure.JdbcTenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tenant lifecycle for MSP operators. Creating a tenant registers it (provisioning), creates and migrates its
 * schema, creates its realm with the first tenant admin, then activates it; the call returns only when the tenant
 * is usable. If any step fails, every earlier step is undone and nothing of the tenant remains.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class TenantService {

    private static final Logger LOG = Logger.getLogger(TenantService.class.getName());

    @Inject
    TenantRecords records;
    @Inject
    SchemaMigrator migrator;
    @Inject
    IdentityRealms realms;
    @Inject
    JdbcTenantDirectory directory;

    public record NewTenant(String slug, String displayName, IdentityRealms.NewUser firstAdmin) {
    }

    public Tenant create(NewTenant cmd, String actor) {
        if (TenantId.isReserved(cmd.slug())) {
            throw ApiException.badRequest("tenant-slug-reserved", cmd.slug());
        }
        TenantId id = TenantId.of(cmd.slug());
        try {
            records.register(id, cmd.displayName(), actor);
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException race) {
            // two operators creating the same slug at once: the primary key decides
            if (hasCause(race, PersistenceException.class)
                    || String.valueOf(rootMessage(race)).contains("duplicate key")) {
                throw ApiException.conflict("tenant-exists", id.value());
            }
            throw race;
        }
        boolean realmCreated = false;
        try {
            migrator.migrateTenant(id);
            realms.createTenantRealm(id, cmd.displayName(), withRoles(cmd.firstAdmin()));
            realmCreated = true;
            Tenant t = records.change(id, "activated", actor, tenant -> tenant.activate(Instant.now()));
            directory.evict(id);
            return t;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "provisioning of tenant " + id + " failed; rolling back", e);
            undo(id, realmCreated, actor, String.valueOf(rootMessage(e)));
            if (e instanceof ApiException api) {
                throw api;
            }
            throw new ApiException(502, "tenant-provisioning-failed", id.value(), String.valueOf(rootMessage(e)));
        }
    }

    private void undo(TenantId id, boolean deleteRealm, String actor, String reason) {
        try {
            if (deleteRealm) {
                realms.deleteRealm(id.realm());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "could not delete realm of failed tenant " + id, e);
        }
        try {
            migrator.dropTenantSchema(id);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "could not drop schema of failed tenant " + id, e);
        }
        records.forget(id, actor, reason);
        directory.evict(id);
    }

    public Tenant suspend(TenantId id, String actor) {
        Tenant t = records.change(id, "suspended", actor, tenant -> tenant.suspend(Instant.now()));
        directory.evict(id);
        return t;
    }

    public Tenant resume(TenantId id, String actor) {
        Tenant t = records.change(id, "resumed", actor, tenant -> tenant.activate(Instant.now()));
        directory.evict(id);
        return t;
    }

    public Tenant get(TenantId id) {
        return records.get(id);
    }

    public List<Tenant> list(String after, int limit) {
        return records.list(after, limit);
    }

    private static IdentityRealms.NewUser withRoles(IdentityRealms.NewUser admin) {
        return new IdentityRealms.NewUser(admin.username(), admin.email(), admin.firstName(), admin.lastName(),
                admin.password(), Set.of("tenant-admin", "agent"));
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
