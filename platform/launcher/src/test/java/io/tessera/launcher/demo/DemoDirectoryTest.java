package io.tessera.launcher.demo;

import io.tessera.launcher.demo.DemoDirectory.DemoTenant;
import io.tessera.launcher.demo.DemoDirectory.DemoUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDirectoryTest {

    private final DemoDirectory demo = DemoDirectory.standard();

    @Test
    void theDemoHasAnOperatorAndTwoTenants() {
        assertThat(demo.operatorUsername()).isEqualTo("operator");
        assertThat(demo.tenants()).extracting(DemoTenant::slug, DemoTenant::displayName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("acme", "Acme Corp"),
                        org.assertj.core.groups.Tuple.tuple("globex", "Globex Corporation"));
    }

    @Test
    void eachTenantHasAnAdminAnAgentAndAnEndUser() {
        for (DemoTenant t : demo.tenants()) {
            assertThat(t.realm()).isEqualTo(t.slug());
            assertThat(t.admin().username()).isEqualTo(t.slug() + "-admin");
            assertThat(t.staffAndCustomers()).extracting(DemoUser::username)
                    .containsExactly(t.slug() + "-agent", t.slug() + "-user");
            assertThat(t.user(t.slug() + "-agent").roles()).containsExactly("agent");
            assertThat(t.user(t.slug() + "-user").endUser()).isTrue();
            assertThat(t.users()).allSatisfy(u -> assertThat(u.email()).endsWith("@" + t.slug() + ".example.com"));
            assertThat(t.sampleTicket().title()).isNotBlank();
        }
    }
}
