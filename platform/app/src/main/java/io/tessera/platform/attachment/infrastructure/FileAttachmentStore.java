package io.tessera.platform.attachment.infrastructure;

import io.tessera.platform.attachment.domain.AttachmentStore;
import io.tessera.platform.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Attachments on the file system: {@code <tessera.attachments.dir>/<tenant>/<2 hex>/<attachment id>} (default
 * directory: the server's data directory). Paths are built from the tenant id and a UUID only, never from client
 * input. Files are written to a temporary name and moved into place when complete.
 */
@ApplicationScoped
public class FileAttachmentStore implements AttachmentStore {

    private static final int HEAD = 16;

    private final Path root = ConfigProvider.getConfig().getOptionalValue("tessera.attachments.dir", String.class)
            .map(Path::of)
            .orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir", "."), "attachments"));

    private Path file(TenantId tenant, UUID id) {
        String name = id.toString();
        return root.resolve(tenant.value()).resolve(name.substring(0, 2)).resolve(name);
    }

    @Override
    public Stored write(TenantId tenant, UUID id, InputStream content, long maxBytes) throws IOException {
        Path target = file(tenant, id);
        Files.createDirectories(target.getParent());
        Path part = target.resolveSibling(id + ".part");
        MessageDigest sha = sha256();
        byte[] head = new byte[HEAD];
        long size = 0;
        try (OutputStream out = Files.newOutputStream(part)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = content.read(buffer)) >= 0) {
                if (n == 0) {
                    continue;
                }
                if (size < HEAD) {
                    System.arraycopy(buffer, 0, head, (int) size, (int) Math.min(n, HEAD - size));
                }
                size += n;
                if (size > maxBytes) {
                    throw new TooLargeException(maxBytes);
                }
                sha.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        return new Stored(size, HexFormat.of().formatHex(sha.digest()), Arrays.copyOf(head, (int) Math.min(size, HEAD)));
    }

    @Override
    public InputStream read(TenantId tenant, UUID id) throws IOException {
        return Files.newInputStream(file(tenant, id));
    }

    @Override
    public void delete(TenantId tenant, UUID id) {
        try {
            Files.deleteIfExists(file(tenant, id));
        } catch (IOException e) {
            java.util.logging.Logger.getLogger(FileAttachmentStore.class.getName())
                    .warning("could not delete attachment " + id + " of " + tenant + ": " + e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
