package io.tessera.launcher.stack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Prepares the servers' private directories below the home from the build's distributions: made once, refreshed
 * only where the build changed, so the servers' own state (Keycloak's build, WildFly's data) is kept.
 */
final class ServerHomes {

    private static final String WAR_NAME = "tessera.war";
    private static final String BUILT_CONFIG_HASH = ".tessera-built-standalone.sha256";
    private static final List<String> DEPLOYMENT_MARKERS =
            List.of(".deployed", ".failed", ".isdeploying", ".pending", ".undeployed", ".skipdeploy", ".dodeploy");

    private ServerHomes() {
    }

    /**
     * A copy of the Keycloak distribution at {@code copy}, made once. When the distribution's version changes the
     * copy is made again, keeping its {@code data/} directory (the dev-file store).
     */
    static void prepareKeycloak(Path distribution, Path copy) throws IOException {
        String version = Files.readString(distribution.resolve("version.txt")).strip();
        Path versionFile = copy.resolve("version.txt");
        if (Files.exists(versionFile) && Files.readString(versionFile).strip().equals(version)) {
            return;
        }
        Path fresh = copy.resolveSibling(copy.getFileName() + ".new");
        deleteTree(fresh);
        copyTree(distribution, fresh);
        if (Files.isDirectory(copy.resolve("data"))) {
            deleteTree(fresh.resolve("data"));
            Files.move(copy.resolve("data"), fresh.resolve("data"));
        }
        deleteTree(copy);
        Files.move(fresh, copy);
    }

    /**
     * WildFly's base directory: a copy of the distribution's {@code standalone/} made once; its
     * {@code standalone.xml} is replaced when the build produced a different one.
     */
    static void prepareWildFly(Path wildflyHome, Path baseDir) throws IOException {
        Path built = wildflyHome.resolve("standalone/configuration/standalone.xml");
        Path config = baseDir.resolve("configuration/standalone.xml");
        if (!Files.exists(config)) {
            Path fresh = baseDir.resolveSibling(baseDir.getFileName() + ".new");
            deleteTree(fresh);
            copyTree(wildflyHome.resolve("standalone"), fresh);
            deleteTree(baseDir);
            Files.move(fresh, baseDir);
        }
        String builtHash = sha256(built);
        Path hashFile = baseDir.resolve("configuration").resolve(BUILT_CONFIG_HASH);
        String copiedHash = Files.exists(hashFile) ? Files.readString(hashFile).strip() : "";
        if (!builtHash.equals(copiedHash)) {
            Files.copy(built, config, StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(hashFile, builtHash + "\n");
        }
    }

    /** Puts the current WAR into the deployment scanner's directory, clearing markers of earlier runs. */
    static void deployWar(Path war, Path baseDir) throws IOException {
        Path deployments = baseDir.resolve("deployments");
        Files.createDirectories(deployments);
        for (String marker : DEPLOYMENT_MARKERS) {
            Files.deleteIfExists(deployments.resolve(WAR_NAME + marker));
        }
        Path tmp = deployments.resolve(WAR_NAME + ".copying");
        Files.copy(war, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, deployments.resolve(WAR_NAME), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Makes {@code pluginsDir} hold exactly the built plugin zips. A zip is copied only when its content changed
     * (with a new modification time, so PF4J unpacks it again); zips no longer built go, with what PF4J unpacked
     * from them.
     */
    static void syncPlugins(List<Path> zips, Path pluginsDir) throws IOException {
        Files.createDirectories(pluginsDir);
        Set<String> wanted = zips.stream().map(z -> z.getFileName().toString()).collect(Collectors.toSet());
        try (Stream<Path> present = Files.list(pluginsDir)) {
            for (Path p : present.toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".zip") && !wanted.contains(name)) {
                    Files.delete(p);
                    deleteTree(pluginsDir.resolve(name.substring(0, name.length() - ".zip".length())));
                }
            }
        }
        for (Path zip : zips) {
            Path target = pluginsDir.resolve(zip.getFileName().toString());
            if (!Files.exists(target) || !sha256(target).equals(sha256(zip))) {
                Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES,
                        LinkOption.NOFOLLOW_LINKS);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
