package io.tessera.launcher.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** What the build produced in the repository and the launcher runs: server distributions, the WAR, plugin zips. */
public record BuildArtifacts(Path root) {

    /** WildFly as configured by {@code platform/server} (modules, datasource); used in place as jboss.home. */
    public Path wildflyHome() {
        return root.resolve("platform/server/target/wildfly");
    }

    public Path keycloakDistribution() {
        return root.resolve("platform/server/target/keycloak");
    }

    public Path war() {
        return root.resolve("platform/app/target/tessera.war");
    }

    /** Every plugin zip built below {@code plugins/}, sorted by name. */
    public List<Path> pluginZips() {
        Path plugins = root.resolve("plugins");
        if (!Files.isDirectory(plugins)) {
            return List.of();
        }
        try (Stream<Path> modules = Files.list(plugins)) {
            List<Path> zips = new ArrayList<>();
            for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
                Path target = module.resolve("target");
                if (Files.isDirectory(target)) {
                    try (Stream<Path> files = Files.list(target)) {
                        files.filter(f -> f.getFileName().toString().matches("tessera-plugin-.+\\.zip"))
                                .sorted().forEach(zips::add);
                    }
                }
            }
            return zips;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is missing to start the stack, as paths relative to the repository; empty when all is there. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        for (Path p : List.of(wildflyHome().resolve("bin/standalone.sh"), keycloakDistribution().resolve("bin/kc.sh"),
                war())) {
            if (!Files.exists(p)) {
                missing.add(root.relativize(p).toString());
            }
        }
        return missing;
    }
}
