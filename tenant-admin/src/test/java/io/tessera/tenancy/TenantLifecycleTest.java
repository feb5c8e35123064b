package io.tessera.tenancy;

import io.tessera.platform.tenancy.TenantId;
import io.tessera.platform.tenancy.TenantStatus;
import io.tessera.platform.web.ApiException;
import io.tessera.tenancy.domain.Tenant;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantLifecycleTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void newTenantIsProvisioningWithRealmAndSchemaFromItsSlug() {
        Tenant t = Tenant.provision(TenantId.of("acme-eu"), "Acme EU", now);
        assertThat(t.status()).isEqualTo(TenantStatus.PROVISIONING);
        assertThat(t.realm()).isEqualTo("acme-eu");
        assertThat(t.schemaName()).isEqualTo("t_acme_eu");
        assertThat(t.createdAt()).isEqualTo(now);
    }

    @Test
    void activeTenantCanBeSuspendedAndResumed() {
        Tenant t = Tenant.provision(TenantId.of("acme"), "Acme", now);
        t.activate(now);
        t.suspend(now.plusSeconds(60));
        assertThat(t.status()).isEqualTo(TenantStatus.SUSPENDED);
        assertThat(t.updatedAt()).isEqualTo(now.plusSeconds(60));
        t.activate(now.plusSeconds(120));
        assertThat(t.status()).isEqualTo(TenantStatus.ACTIVE);
    }

    @Test
    void illegalTransitionsAreConflictsNamingTheAllowedStates() {
        Tenant t = Tenant.provision(TenantId.of("acme"), "Acme", now);
        assertThatThrownBy(() -> t.suspend(now)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.args()).contains("provisioning", "active");
        });
        t.activate(now);
        assertThatThrownBy(() -> t.activate(now)).isInstanceOf(ApiException.class);
        assertThat(t.status()).isEqualTo(TenantStatus.ACTIVE);
    }
}
