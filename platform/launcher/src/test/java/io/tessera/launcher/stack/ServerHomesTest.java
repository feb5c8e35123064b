package io.tessera.launcher.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ServerHomesTest {

    @TempDir
    Path dir;

    @Test
    void wildFlyBaseDirIsCopiedOnceAndKeepsItsState() throws IOException {
        Path wildfly = distribution("<server v1/>");
        Path base = dir.resolve("home/wildfly");

        ServerHomes.prepareWildFly(wildfly, base);
        Files.writeString(base.resolve("data/state.txt"), "kept");
        ServerHomes.prepareWildFly(wildfly, base);

        assertThat(base.resolve("configuration/standalone.xml")).hasContent("<server v1/>");
        assertThat(base.resolve("data/state.txt")).hasContent("kept");
        assertThat(Files.isExecutable(base.resolve("lib/tool.sh"))).isTrue();
    }

    @Test
    void aChangedBuiltConfigurationReplacesTheCopiedOne() throws IOException {
        Path wildfly = distribution("<server v1/>");
        Path base = dir.resolve("home/wildfly");
        ServerHomes.prepareWildFly(wildfly, base);
        Files.writeString(base.resolve("data/state.txt"), "kept");

        Files.writeString(wildfly.resolve("standalone/configuration/standalone.xml"), "<server v2/>");
        ServerHomes.prepareWildFly(wildfly, base);

        assertThat(base.resolve("configuration/standalone.xml")).hasContent("<server v2/>");
        assertThat(base.resolve("data/state.txt")).hasContent("kept");
    }

    @Test
    void anUnchangedBuiltConfigurationLeavesTheServersRewritesAlone() throws IOException {
        Path wildfly = distribution("<server v1/>");
        Path base = dir.resolve("home/wildfly");
        ServerHomes.prepareWildFly(wildfly, base);
        Files.writeString(base.resolve("configuration/standalone.xml"), "<server v1 rewritten-by-wildfly/>");

        ServerHomes.prepareWildFly(wildfly, base);

        assertThat(base.resolve("configuration/standalone.xml")).hasContent("<server v1 rewritten-by-wildfly/>");
    }

    @Test
    void theWarIsDeployedFreshWithoutMarkersOfEarlierRuns() throws IOException {
        Path base = dir.resolve("wildfly");
        Files.createDirectories(base.resolve("deployments"));
        Files.writeString(base.resolve("deployments/tessera.war.failed"), "old failure");
        Files.writeString(base.resolve("deployments/tessera.war.deployed"), "");
        Path war = Files.writeString(dir.resolve("tessera.war"), "war v2");

        ServerHomes.deployWar(war, base);

        assertThat(base.resolve("deployments")).isDirectoryContaining("glob:**/tessera.war")
                .isDirectoryNotContaining("glob:**/tessera.war.*");
        assertThat(base.resolve("deployments/tessera.war")).hasContent("war v2");
    }

    @Test
    void pluginsDirectoryHoldsExactlyTheBuiltZips() throws IOException {
        Path plugins = dir.resolve("plugins");
        Files.createDirectories(plugins.resolve("tessera-plugin-old-1.0/classes"));
        Files.writeString(plugins.resolve("tessera-plugin-old-1.0.zip"), "old");
        Path built = Files.createDirectories(dir.resolve("build"));
        Path webhook = Files.writeString(built.resolve("tessera-plugin-webhook-2.0.zip"), "webhook v2");

        ServerHomes.syncPlugins(List.of(webhook), plugins);

        assertThat(plugins.resolve("tessera-plugin-webhook-2.0.zip")).hasContent("webhook v2");
        assertThat(plugins.resolve("tessera-plugin-old-1.0.zip")).doesNotExist();
        assertThat(plugins.resolve("tessera-plugin-old-1.0")).doesNotExist();
    }

    @Test
    void anUnchangedPluginZipIsNotCopiedAgainSoItIsNotUnpackedAgain() throws IOException {
        Path plugins = dir.resolve("plugins");
        Path webhook = Files.writeString(Files.createDirectories(dir.resolve("build"))
                .resolve("tessera-plugin-webhook-2.0.zip"), "webhook");
        ServerHomes.syncPlugins(List.of(webhook), plugins);
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(plugins.resolve("tessera-plugin-webhook-2.0.zip"), old);

        ServerHomes.syncPlugins(List.of(webhook), plugins);
        assertThat(Files.getLastModifiedTime(plugins.resolve("tessera-plugin-webhook-2.0.zip"))).isEqualTo(old);

        Files.writeString(webhook, "webhook rebuilt");
        ServerHomes.syncPlugins(List.of(webhook), plugins);
        assertThat(plugins.resolve("tessera-plugin-webhook-2.0.zip")).hasContent("webhook rebuilt");
        assertThat(Files.getLastModifiedTime(plugins.resolve("tessera-plugin-webhook-2.0.zip"))).isGreaterThan(old);
    }

    @Test
    void keycloakIsCopiedOnceAndAgainOnlyForANewVersionKeepingItsData() throws IOException {
        Path dist = Files.createDirectories(dir.resolve("dist/keycloak"));
        Files.writeString(dist.resolve("version.txt"), "Keycloak - Version 26.5.5\n");
        Files.createDirectories(dist.resolve("bin"));
        Files.writeString(dist.resolve("bin/kc.sh"), "v1");
        Path copy = dir.resolve("home/keycloak");

        ServerHomes.prepareKeycloak(dist, copy);
        Files.createDirectories(copy.resolve("data/h2"));
        Files.writeString(copy.resolve("data/h2/keycloakdb.mv.db"), "realms");
        Files.writeString(copy.resolve("lib-built.txt"), "augmented");
        ServerHomes.prepareKeycloak(dist, copy);
        assertThat(copy.resolve("lib-built.txt")).exists();

        Files.writeString(dist.resolve("version.txt"), "Keycloak - Version 26.6.0\n");
        Files.writeString(dist.resolve("bin/kc.sh"), "v2");
        ServerHomes.prepareKeycloak(dist, copy);

        assertThat(copy.resolve("bin/kc.sh")).hasContent("v2");
        assertThat(copy.resolve("lib-built.txt")).doesNotExist();
        assertThat(copy.resolve("data/h2/keycloakdb.mv.db")).hasContent("realms");
    }

    private Path distribution(String standaloneXml) throws IOException {
        Path wildfly = dir.resolve("dist/wildfly");
        Files.createDirectories(wildfly.resolve("standalone/configuration"));
        Files.createDirectories(wildfly.resolve("standalone/deployments"));
        Files.createDirectories(wildfly.resolve("standalone/data"));
        Files.createDirectories(wildfly.resolve("standalone/lib"));
        Files.writeString(wildfly.resolve("standalone/configuration/standalone.xml"), standaloneXml);
        Path tool = Files.writeString(wildfly.resolve("standalone/lib/tool.sh"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));
        return wildfly;
    }
}
