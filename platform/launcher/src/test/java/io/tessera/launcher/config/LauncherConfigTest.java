package io.tessera.launcher.config;

import io.tessera.launcher.config.LauncherConfig.PortClaim;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LauncherConfigTest {

    private static final Path ROOT = Path.of("/repo");

    @Test
    void embeddedDefaultsWhenNothingIsSet() {
        LauncherConfig c = LauncherConfig.fromEnv(Map.of(), ROOT);

        assertThat(c.home()).isEqualTo(Path.of("/repo/.tessera"));
        assertThat(c.httpPort()).isEqualTo(8080);
        assertThat(c.keycloakPort()).isEqualTo(8180);
        assertThat(c.dbPort()).isEqualTo(5433);
        assertThat(c.embeddedDatabase()).isTrue();
        assertThat(c.embeddedKeycloak()).isTrue();
        assertThat(c.publicUrl()).isEqualTo("http://localhost:8080");
        assertThat(c.keycloakUrl()).isEqualTo("http://localhost:8180");
        assertThat(c.databaseUrl()).isEqualTo("jdbc:postgresql://localhost:5433/tessera");
        assertThat(c.keycloakDatabaseUrl()).isEqualTo("jdbc:postgresql://localhost:5433/keycloak");
        assertThat(c.portOffset()).isZero();
        assertThat(c.portClaims()).extracting(PortClaim::port).containsExactly(8080, 8443, 9990, 8180, 5433);
    }

    @Test
    void portsMoveWithTheirVariablesAndWildFlyPortsWithTheHttpPort() {
        LauncherConfig c = LauncherConfig.fromEnv(Map.of("TESSERA_HTTP_PORT", "9080", "TESSERA_KEYCLOAK_PORT", "9180",
                "TESSERA_DB_PORT", " 6543 "), ROOT);

        assertThat(c.portOffset()).isEqualTo(1000);
        assertThat(c.managementPort()).isEqualTo(10990);
        assertThat(c.publicUrl()).isEqualTo("http://localhost:9080");
        assertThat(c.keycloakUrl()).isEqualTo("http://localhost:9180");
        assertThat(c.databaseUrl()).isEqualTo("jdbc:postgresql://localhost:6543/tessera");
        assertThat(c.portClaims()).extracting(PortClaim::port).containsExactly(9080, 9443, 10990, 9180, 6543);
    }

    @Test
    void aPublicUrlIsShownToUsersWhileTheLauncherKeepsTalkingToTheLocalPort() {
        LauncherConfig c = LauncherConfig.fromEnv(Map.of("TESSERA_PUBLIC_URL", "https://itsm.example.com/"), ROOT);

        assertThat(c.publicUrl()).isEqualTo("https://itsm.example.com");
        assertThat(c.localUrl()).isEqualTo("http://localhost:8080");
        assertThatThrownBy(() -> LauncherConfig.fromEnv(Map.of("TESSERA_PUBLIC_URL", "itsm.example.com/portal"), ROOT))
                .isInstanceOf(ConfigException.class).hasMessageContaining("TESSERA_PUBLIC_URL");
    }

    @Test
    void homeIsTakenFromTheRepositoryWhenRelative() {
        assertThat(LauncherConfig.fromEnv(Map.of("TESSERA_HOME", "var/demo"), ROOT).home())
                .isEqualTo(Path.of("/repo/var/demo"));
        assertThat(LauncherConfig.fromEnv(Map.of("TESSERA_HOME", "/srv/tessera"), ROOT).home())
                .isEqualTo(Path.of("/srv/tessera"));
        assertThat(LauncherConfig.fromEnv(Map.of("TESSERA_HOME", "  "), ROOT).home())
                .isEqualTo(Path.of("/repo/.tessera"));
    }

    @Test
    void aPortThatIsNoPortIsRejectedByName() {
        assertThatThrownBy(() -> LauncherConfig.fromEnv(Map.of("TESSERA_DB_PORT", "postgres"), ROOT))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("TESSERA_DB_PORT").hasMessageContaining("'postgres'");
        assertThatThrownBy(() -> LauncherConfig.fromEnv(Map.of("TESSERA_HTTP_PORT", "70000"), ROOT))
                .isInstanceOf(ConfigException.class).hasMessageContaining("TESSERA_HTTP_PORT");
    }

    @Test
    void twoServersOnOnePortAreRejected() {
        assertThatThrownBy(() -> LauncherConfig.fromEnv(Map.of("TESSERA_KEYCLOAK_PORT", "8080"), ROOT))
                .isInstanceOf(ConfigException.class).hasMessageContaining("port 8080 is configured twice");
        // the management port follows the HTTP port: 8080 + offset 1910 would collide with Keycloak on 9990
        assertThatThrownBy(() -> LauncherConfig.fromEnv(Map.of("TESSERA_KEYCLOAK_PORT", "9990"), ROOT))
                .isInstanceOf(ConfigException.class).hasMessageContaining("9990");
    }

    @Test
    void anHttpPortThatPushesWildFlyPortsOutOfRangeIsRejected() {
        assertThatThrownBy(() -> LauncherConfig.fromEnv(Map.of("TESSERA_HTTP_PORT", "64000"), ROOT))
                .isInstanceOf(ConfigException.class).hasMessageContaining("outside 1-65535");
    }

    @Test
    void anExternalDatabaseReplacesTheEmbeddedOne() {
        LauncherConfig c = LauncherConfig.fromEnv(Map.of("TESSERA_DB_URL", "jdbc:postgresql://db.internal:5432/itsm",
                "TESSERA_DB_PASSWORD", "s3cret"), ROOT);

        assertThat(c.embeddedDatabase()).isFalse();
        assertThat(c.databaseUrl()).isEqualTo("jdbc:postgresql://db.internal:5432/itsm");
        assertThat(c.externalDatabase()).get().satisfies(db -> {
            assertThat(db.username()).isEqualTo("tessera");
            assertThat(db.password()).contains("s3cret");
        });
        assertThat(c.portClaims()).extracting(PortClaim::port).doesNotContain(5433);
    }

    @Test
    void anExternalDatabaseMustBePostgreSql() {
        assertThatThrownBy(() -> LauncherConfig.fromEnv(Map.of("TESSERA_DB_URL", "jdbc:mysql://x/y"), ROOT))
                .isInstanceOf(ConfigException.class).hasMessageContaining("TESSERA_DB_URL");
    }

    @Test
    void anExternalKeycloakReplacesTheEmbeddedOneAndNeedsItsAdminPassword() {
        LauncherConfig c = LauncherConfig.fromEnv(Map.of("TESSERA_KEYCLOAK_URL", "https://sso.example.com/",
                "TESSERA_KEYCLOAK_ADMIN_USER", "root", "TESSERA_KEYCLOAK_ADMIN_PASSWORD", "pw"), ROOT);

        assertThat(c.embeddedKeycloak()).isFalse();
        assertThat(c.keycloakUrl()).isEqualTo("https://sso.example.com");
        assertThat(c.externalKeycloak()).get().extracting(LauncherConfig.ExternalKeycloak::adminUsername)
                .isEqualTo("root");
        assertThat(c.portClaims()).extracting(PortClaim::port).doesNotContain(8180);

        assertThatThrownBy(() -> LauncherConfig.fromEnv(Map.of("TESSERA_KEYCLOAK_URL", "http://kc:8080"), ROOT))
                .isInstanceOf(ConfigException.class).hasMessageContaining("TESSERA_KEYCLOAK_ADMIN_PASSWORD");
    }

    @Test
    void homeLayoutKeepsEverythingBelowTheHome() {
        HomeLayout home = LauncherConfig.fromEnv(Map.of(), ROOT).layout();

        assertThat(home.credentials()).isEqualTo(Path.of("/repo/.tessera/credentials.json"));
        assertThat(home.state()).isEqualTo(Path.of("/repo/.tessera/state"));
        assertThat(home.pidFile()).isEqualTo(Path.of("/repo/.tessera/supervisor.pid"));
        assertThat(home.postgresData()).isEqualTo(Path.of("/repo/.tessera/postgres"));
        assertThat(home.log("wildfly")).isEqualTo(Path.of("/repo/.tessera/logs/wildfly.log"));
    }
}
