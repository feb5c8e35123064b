package io.tessera.platform.config;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The platform's settings. Each is a MicroProfile Config property, so it can be given as a system property
 * ({@code -Dtessera.keycloak.url=...}) or an environment variable ({@code TESSERA_KEYCLOAK_URL=...}).
 *
 * @param keycloakUrl         Keycloak base URL the server uses (tokens' issuer must match it)
 * @param keycloakAdminUser   Keycloak master-realm administrator used for provisioning realms
 * @param keycloakAdminPassword its password
 * @param publicUrl           the URL users reach Tessera at (portal redirect URIs)
 * @param devMode             dev/demo/test stack: realms also get the {@code tessera-cli} password-grant client
 * @param operatorUsername    bootstrap MSP operator created in the provider realm when missing (blank: none)
 * @param operatorPassword    its initial password
 */
public record TesseraConfig(String keycloakUrl, String keycloakAdminUser, String keycloakAdminPassword,
                            String publicUrl, boolean devMode, String operatorUsername, String operatorPassword) {

    /** The realm of the MSP's own staff. */
    public static final String PROVIDER_REALM = "tessera";
    /** The API's client id: the audience every accepted token must carry. */
    public static final String API_CLIENT = "tessera-api";
    public static final String PORTAL_CLIENT = "tessera-portal";
    public static final String CLI_CLIENT = "tessera-cli";

    public static TesseraConfig load() {
        Config c = ConfigProvider.getConfig();
        return new TesseraConfig(
                trimSlash(c.getOptionalValue("tessera.keycloak.url", String.class).orElse("http://localhost:8180")),
                c.getOptionalValue("tessera.keycloak.admin-user", String.class).orElse("admin"),
                c.getOptionalValue("tessera.keycloak.admin-password", String.class).orElse("admin"),
                trimSlash(c.getOptionalValue("tessera.public-url", String.class).orElse("http://localhost:8080")),
                "dev".equalsIgnoreCase(c.getOptionalValue("tessera.mode", String.class).orElse("production")),
                c.getOptionalValue("tessera.operator.username", String.class).orElse(""),
                c.getOptionalValue("tessera.operator.password", String.class).orElse(""));
    }

    private static String trimSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
