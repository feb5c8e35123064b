package io.tessera.platform.identity;

import io.tessera.platform.config.TesseraConfig;

import java.util.Optional;

/** Which realm a request path belongs to. */
final class TenantPaths {

    static final String TENANT_API = "/api/t/";
    static final String ADMIN_API = "/api/admin/";

    private TenantPaths() {
    }

    /** The tenant slug of a {@code /api/t/{tenant}/...} path (unvalidated), if it is one. */
    static Optional<String> tenantSlug(String path) {
        if (path == null || !path.startsWith(TENANT_API)) {
            return Optional.empty();
        }
        int start = TENANT_API.length();
        int end = path.indexOf('/', start);
        String slug = end < 0 ? path.substring(start) : path.substring(start, end);
        return slug.isEmpty() ? Optional.empty() : Optional.of(slug);
    }

    /** The realm whose tokens are accepted on {@code path}: the tenant's, else the MSP's provider realm. */
    static String realmFor(String path) {
        return tenantSlug(path).orElse(TesseraConfig.PROVIDER_REALM);
    }
}
