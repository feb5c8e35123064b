package io.tessera.launcher.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The configured WildFly distribution, run with its own base directory (configuration, deployments, data). */
public final class WildFlyServer extends ManagedProcess {

    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofMinutes(4);
    /**
     * The JDK serialisation filter WildFly runs with ({@code JDK_SERIAL_FILTER}): WildFly's default except
     * {@code maxarray}, raised so SmartChinese (knowledge search) can load its dictionaries. The server's
     * {@code standalone.conf} (configure.sh) and the integration tests' {@code arquillian.xml} use the same value.
     */
    public static final String SERIAL_FILTER = "maxbytes=10485760;maxdepth=128;maxarray=1000000;maxrefs=300000";

    private WildFlyServer(Process p, Path log) {
        super("WildFly", p, log);
    }

    /**
     * How to run WildFly.
     *
     * @param systemProperties passed as {@code -D} options (visible in the process list: no secrets here)
     * @param env              added to the process environment (the place for passwords)
     */
    public record Options(Path home, Path baseDir, int portOffset, Map<String, String> systemProperties,
                          Map<String, String> env, Path log) {
    }

    public static WildFlyServer start(Options o, String readinessUrl) throws IOException, InterruptedException {
        return start(o, readinessUrl, DEFAULT_START_TIMEOUT);
    }

    /**
     * Starts WildFly and waits until {@code readinessUrl} answers 2xx; fails early when the deployment scanner marks
     * a deployment in the base directory as failed.
     */
    public static WildFlyServer start(Options o, String readinessUrl, Duration timeout)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(o.home().resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + o.baseDir(),
                "-Djboss.socket.binding.port-offset=" + o.portOffset()));
        o.systemProperties().forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        Process p = spawn(cmd, o.env(), o.home(), o.log());
        WildFlyServer wf = new WildFlyServer(p, o.log());
        try {
            wf.awaitHttp(readinessUrl, timeout, () -> failedDeployment(o.baseDir().resolve("deployments")));
        } catch (IOException | InterruptedException e) {
            wf.close();
            throw e;
        }
        return wf;
    }

    private static Optional<String> failedDeployment(Path deployments) {
        if (!Files.isDirectory(deployments)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(deployments)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".failed")).findFirst().map(f -> {
                String name = f.getFileName().toString();
                return "deployment " + name.substring(0, name.length() - ".failed".length()) + " failed: "
                        + firstChars(f, 600);
            });
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String firstChars(Path file, int max) {
        try {
            String s = Files.readString(file).strip();
            return s.length() <= max ? s : s.substring(0, max) + "...";
        } catch (IOException e) {
            return "(" + e.getMessage() + ")";
        }
    }
}
