package io.tessera.tenancy.infrastructure;

import io.tessera.platform.config.TesseraConfig;
import io.tessera.platform.tenancy.TenantId;
import io.tessera.tenancy.domain.IdentityRealms.NewUser;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RealmTemplatesTest {

    private static final NewUser ADMIN = new NewUser("admin", "admin@acme.example", "Ada", "Admin", "pw-12345678",
            Set.of("tenant-admin", "agent"));

    private static TesseraConfig config(boolean dev) {
        return new TesseraConfig("http://kc:8180", "admin", "admin", "https://itsm.example.com", dev, "", "");
    }

    private static ClientRepresentation client(RealmRepresentation realm, String id) {
        return realm.getClients().stream().filter(c -> c.getClientId().equals(id)).findFirst().orElse(null);
    }

    @Test
    void productionRealmHasNoPasswordGrantClient() {
        RealmRepresentation realm = new RealmTemplates(config(false)).tenantRealm(TenantId.of("acme"), "Acme", ADMIN);
        assertThat(realm.getClients()).extracting(ClientRepresentation::getClientId)
                .containsExactlyInAnyOrder("tessera-api", "tessera-portal");
        assertThat(realm.getClients()).noneMatch(c -> Boolean.TRUE.equals(c.isDirectAccessGrantsEnabled()));
    }

    @Test
    void devRealmAddsTheCliClientWithTheApiAudience() {
        RealmRepresentation realm = new RealmTemplates(config(true)).tenantRealm(TenantId.of("acme"), "Acme", ADMIN);
        ClientRepresentation cli = client(realm, "tessera-cli");
        assertThat(cli).isNotNull();
        assertThat(cli.isPublicClient()).isTrue();
        assertThat(cli.isDirectAccessGrantsEnabled()).isTrue();
        assertThat(cli.getProtocolMappers()).anyMatch(m -> m.getProtocolMapper().equals("oidc-audience-mapper")
                && m.getConfig().get("included.client.audience").equals("tessera-api"));
    }

    @Test
    void tenantRealmHasRolesPkcePortalClientAndFirstAdmin() {
        RealmRepresentation realm = new RealmTemplates(config(false)).tenantRealm(TenantId.of("acme-eu"), "Acme EU", ADMIN);
        assertThat(realm.getRealm()).isEqualTo("acme-eu");
        assertThat(realm.getRoles().getRealm()).extracting(RoleRepresentation::getName)
                .containsExactlyInAnyOrder("end-user", "agent", "tenant-admin");
        assertThat(realm.getSupportedLocales()).contains("en", "zh-CN");

        ClientRepresentation portal = client(realm, "tessera-portal");
        assertThat(portal.isPublicClient()).isTrue();
        assertThat(portal.isStandardFlowEnabled()).isTrue();
        assertThat(portal.isImplicitFlowEnabled()).isFalse();
        assertThat(portal.getAttributes()).containsEntry("pkce.code.challenge.method", "S256");
        assertThat(portal.getRedirectUris()).containsExactly("https://itsm.example.com/t/acme-eu/*");
        assertThat(portal.getProtocolMappers()).anyMatch(m -> m.getProtocolMapper().equals("oidc-audience-mapper"));
        assertThat(client(realm, "tessera-api").isBearerOnly()).isTrue();

        assertThat(realm.getUsers()).singleElement().satisfies(u -> {
            assertThat(u.getUsername()).isEqualTo("admin");
            assertThat(u.getEmail()).isEqualTo("admin@acme.example");
            assertThat(u.getFirstName()).isNotBlank();
            assertThat(u.getLastName()).isNotBlank();
            assertThat(u.getRealmRoles()).containsExactlyInAnyOrder("tenant-admin", "agent");
            assertThat(u.getCredentials()).singleElement().satisfies(c -> assertThat(c.isTemporary()).isFalse());
        });
    }

    @Test
    void providerRealmHasTheOperatorRole() {
        RealmRepresentation realm = new RealmTemplates(config(false)).providerRealm();
        assertThat(realm.getRealm()).isEqualTo("tessera");
        assertThat(realm.getRoles().getRealm()).extracting(RoleRepresentation::getName).containsExactly("msp-operator");
    }
}
