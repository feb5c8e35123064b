package io.tessera.launcher.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** A child server process with a log file, a readiness probe and a graceful stop. */
public class ManagedProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;

    protected ManagedProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    protected static Process spawn(List<String> command, Map<String, String> env, Path workDir, Path log)
            throws IOException {
        java.nio.file.Files.createDirectories(log.getParent());
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(env);
        return pb.start();
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    /** Polls {@code url} until it answers 2xx, or fails after {@code timeout}. */
    public void awaitHttp(String url, Duration timeout) throws IOException, InterruptedException {
        awaitHttp(url, timeout, Optional::empty);
    }

    /**
     * Polls {@code url} until it answers 2xx, or fails after {@code timeout}, when the process exits, or as soon as
     * {@code failure} reports a reason (for example a deployment marked as failed).
     */
    public void awaitHttp(String url, Duration timeout, Supplier<Optional<String>> failure)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException(name + " exited with code " + process.exitValue() + "; see " + log);
            }
            Optional<String> failed = failure.get();
            if (failed.isPresent()) {
                throw new IOException(name + ": " + failed.get() + "; see " + log);
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() >= 200 && r.statusCode() < 300) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IOException(name + " not ready at " + url + " within " + timeout + "; see " + log);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Asks the process and its children to stop (SIGTERM) and waits up to 45 seconds for all of them (a start script
     * may exit before the server it launched has finished shutting down), then kills what is left. Safe to call from
     * an interrupted thread (a shutdown requested while starting): it still waits.
     */
    @Override
    public void close() {
        List<ProcessHandle> tree = new ArrayList<>(process.toHandle().descendants().toList());
        tree.add(process.toHandle());
        if (tree.stream().noneMatch(ProcessHandle::isAlive)) {
            return;
        }
        boolean interrupted = Thread.interrupted();
        tree.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plusSeconds(45);
        for (ProcessHandle h : tree) {
            long left = Math.max(1, Duration.between(Instant.now(), deadline).toMillis());
            try {
                h.onExit().get(left, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException | TimeoutException e) {
                // killed below
            }
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
