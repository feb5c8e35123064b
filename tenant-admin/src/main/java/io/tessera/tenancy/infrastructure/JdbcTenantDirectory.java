package io.tessera.tenancy.infrastructure;

import io.tessera.platform.tenancy.SchemaPerTenantConnectionProvider;
import io.tessera.platform.tenancy.TenantDirectory;
import io.tessera.platform.tenancy.TenantId;
import io.tessera.platform.tenancy.TenantStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The edge's view of the tenant registry: plain JDBC on schema-qualified control tables (it runs before any
 * request scope or transaction exists), cached briefly. Changes made on this node evict at once; other nodes see
 * them within {@link #TTL_MILLIS}.
 */
@ApplicationScoped
public class JdbcTenantDirectory implements TenantDirectory {

    static final long TTL_MILLIS = 5_000;

    @Resource(lookup = SchemaPerTenantConnectionProvider.DATASOURCE)
    DataSource dataSource;

    private record Cached(Optional<Entry> entry, long loadedAt) {
    }

    private final ConcurrentHashMap<TenantId, Cached> cache = new ConcurrentHashMap<>();

    @Override
    public Optional<Entry> find(TenantId id) {
        long now = System.currentTimeMillis();
        Cached c = cache.get(id);
        if (c == null || now - c.loadedAt() > TTL_MILLIS) {
            c = new Cached(load(id), now);
            if (cache.size() > 10_000) {
                cache.clear();
            }
            cache.put(id, c);
        }
        return c.entry();
    }

    public void evict(TenantId id) {
        cache.remove(id);
    }

    private Optional<Entry> load(TenantId id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "select display_name, status from control.tenant where slug = ?")) {
            ps.setString(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Entry(id, rs.getString(1), TenantStatus.fromCode(rs.getString(2))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("tenant registry unavailable", e);
        }
    }
}
