package io.tessera.platform.tenancy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantIdTest {

    @Test
    void slugNamesRealmAndSchema() {
        TenantId id = TenantId.of("acme-eu2");
        assertThat(id.realm()).isEqualTo("acme-eu2");
        assertThat(id.schema()).isEqualTo("t_acme_eu2");
        assertThat(id).isEqualTo(TenantId.of("acme-eu2")).hasSameHashCodeAs(TenantId.of("acme-eu2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "ab-", "-ab", "Acme", "acme_eu", "ac--me", "1acme", "acme eu", "ac.me",
            "acme;drop", "abcdefghijabcdefghijabcdefghijabcdefghij1", "租户"})
    void invalidSlugsAreNeverTenantIds(String slug) {
        assertThat(TenantId.parse(slug)).isEmpty();
        assertThatThrownBy(() -> TenantId.of(slug)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullIsNoTenant() {
        assertThat(TenantId.parse(null)).isEmpty();
    }

    @Test
    void platformNamesAreReserved() {
        assertThat(TenantId.isReserved("tessera")).isTrue();
        assertThat(TenantId.isReserved("master")).isTrue();
        assertThat(TenantId.isReserved("acme")).isFalse();
    }
}
