package io.tessera.launcher.stack;

import com.fasterxml.jackson.databind.JsonNode;
import io.tessera.launcher.config.HomeLayout;
import io.tessera.launcher.credentials.CredentialsFile;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code ./tessera status}: the supervisor's state and a probe of each service at the addresses it published. */
public final class StackStatus {

    private static final Pattern JDBC_HOST_PORT = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/.*");

    private final HomeLayout home;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public StackStatus(HomeLayout home) {
        this.home = home;
    }

    /** Prints the status; true when the supervisor runs, reports ready and every service answers. */
    public boolean print(PrintStream out) throws IOException {
        OptionalLong pid = runningSupervisor(home);
        String state = new StateFile(home.state()).read().orElse("never started");
        out.printf("  %-12s %s%n", "supervisor", pid.isPresent()
                ? "running (pid " + pid.getAsLong() + "), state: " + state
                : "not running (last state: " + state + ")");
        if (pid.isEmpty()) {
            return false;
        }
        Optional<JsonNode> doc = new CredentialsFile(home.credentials()).read();
        if (doc.isEmpty()) {
            return false;
        }
        JsonNode d = doc.get();
        boolean up = probe(out, "portal/API", d.path("portalUrl").asText(), d.path("apiUrl").asText() + "/public/health");
        String kc = d.path("keycloak").path("url").asText();
        up &= probe(out, "Keycloak", kc, kc + "/realms/master");
        up &= probeDatabase(out, d.path("database").path("jdbcUrl").asText());
        return up && StateFile.READY.equals(state);
    }

    /** The pid of the supervisor named in the pid file, if that process is alive and is the launcher. */
    public static OptionalLong runningSupervisor(HomeLayout home) {
        try {
            if (!Files.exists(home.pidFile())) {
                return OptionalLong.empty();
            }
            long pid = Long.parseLong(Files.readString(home.pidFile()).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().commandLine().map(c -> c.contains("tessera-launcher")
                            || c.contains("io.tessera.launcher")).orElse(true))
                    .map(p -> OptionalLong.of(p.pid())).orElse(OptionalLong.empty());
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private boolean probe(PrintStream out, String name, String shown, String url) {
        String result;
        boolean ok = false;
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
            ok = r.statusCode() == 200;
            result = (ok ? "UP" : "DOWN") + " (" + URI.create(url).getPath() + " -> " + r.statusCode() + ")";
        } catch (IOException e) {
            result = "DOWN (" + e.getClass().getSimpleName() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result = "DOWN (interrupted)";
        }
        out.printf("  %-12s %-32s %s%n", name, shown, result);
        return ok;
    }

    private boolean probeDatabase(PrintStream out, String jdbcUrl) {
        Matcher m = JDBC_HOST_PORT.matcher(jdbcUrl);
        if (!m.matches()) {
            out.printf("  %-12s %s%n", "PostgreSQL", jdbcUrl);
            return true;
        }
        String host = m.group(1);
        int port = m.group(2) == null ? 5432 : Integer.parseInt(m.group(2));
        boolean ok;
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 2000);
            ok = true;
        } catch (IOException e) {
            ok = false;
        }
        out.printf("  %-12s %-32s %s%n", "PostgreSQL", host + ":" + port, ok ? "UP (accepting connections)" : "DOWN");
        return ok;
    }
}
