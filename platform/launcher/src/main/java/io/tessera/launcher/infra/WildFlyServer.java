package io.tessera.launcher.infra;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The configured WildFly distribution, run with its own base directory (configuration, deployments, data). */
public final class WildFlyServer extends ManagedProcess {

    private WildFlyServer(Process p, Path log) {
        super("WildFly", p, log);
    }

    public record Options(Path home, Path baseDir, int portOffset, Map<String, String> systemProperties,
                          Map<String, String> env, Path log) {
    }

    public static WildFlyServer start(Options o, String readinessUrl) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(o.home().resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + o.baseDir(),
                "-Djboss.socket.binding.port-offset=" + o.portOffset()));
        o.systemProperties().forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        Process p = spawn(cmd, o.env(), o.home(), o.log());
        WildFlyServer wf = new WildFlyServer(p, o.log());
        try {
            wf.awaitHttp(readinessUrl, Duration.ofMinutes(4));
        } catch (IOException | InterruptedException e) {
            wf.close();
            throw e;
        }
        return wf;
    }
}
