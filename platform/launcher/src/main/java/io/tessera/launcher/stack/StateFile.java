package io.tessera.launcher.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The one-line state the supervisor reports for {@code ./tessera}: {@code starting: <step>}, {@code ready},
 * {@code failed: <reason>}, {@code stopping}, {@code stopped}. Written atomically, so a reader never sees half.
 */
public final class StateFile {

    public static final String READY = "ready";
    public static final String FAILED = "failed: ";
    public static final String STOPPING = "stopping";
    public static final String STOPPED = "stopped";

    private final Path file;

    public StateFile(Path file) {
        this.file = file;
    }

    public void write(String state) {
        String line = state.replace('\n', ' ').replace('\r', ' ').strip();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, line + "\n");
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public Optional<String> read() {
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static boolean isFailed(String state) {
        return state.startsWith(FAILED);
    }
}
