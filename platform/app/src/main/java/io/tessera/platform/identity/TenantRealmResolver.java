package io.tessera.platform.identity;

import io.tessera.platform.config.TesseraConfig;
import org.wildfly.security.http.oidc.OidcClientConfiguration;
import org.wildfly.security.http.oidc.OidcClientConfigurationBuilder;
import org.wildfly.security.http.oidc.OidcClientConfigurationResolver;
import org.wildfly.security.http.oidc.OidcHttpFacade;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chooses the Keycloak realm whose tokens a request must carry: {@code /api/t/{tenant}/...} → the tenant's realm,
 * everything else (the control plane) → the MSP's provider realm. Bearer-only; the token must name the API as
 * audience. Configurations are built once per realm. The tenant gate has already rejected unknown and suspended
 * tenants, so no configuration is built for a realm that is not a live tenant.
 */
public class TenantRealmResolver implements OidcClientConfigurationResolver {

    private final ConcurrentHashMap<String, OidcClientConfiguration> byRealm = new ConcurrentHashMap<>();
    private final String keycloakUrl = TesseraConfig.load().keycloakUrl();

    @Override
    public OidcClientConfiguration resolve(OidcHttpFacade.Request request) {
        String realm = TenantPaths.realmFor(request.getRelativePath());
        return byRealm.computeIfAbsent(realm, this::build);
    }

    private OidcClientConfiguration build(String realm) {
        String json = """
                {
                  "provider-url": "%s/realms/%s",
                  "resource": "%s",
                  "bearer-only": true,
                  "ssl-required": "none",
                  "verify-token-audience": true,
                  "principal-attribute": "preferred_username",
                  "use-resource-role-mappings": false
                }
                """.formatted(keycloakUrl, realm, TesseraConfig.API_CLIENT);
        return OidcClientConfigurationBuilder.build(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
