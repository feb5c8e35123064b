package io.tessera.tenancy.infrastructure;

import io.tessera.platform.config.TesseraConfig;
import io.tessera.platform.tenancy.TenantId;
import io.tessera.tenancy.domain.IdentityRealms.NewUser;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.RolesRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a Tessera realm looks like in Keycloak: roles, the API client (the audience of every token), the portal's
 * public PKCE client and, in dev mode only, the password-grant {@code tessera-cli} client.
 */
final class RealmTemplates {

    private final TesseraConfig config;

    RealmTemplates(TesseraConfig config) {
        this.config = config;
    }

    RealmRepresentation tenantRealm(TenantId tenant, String displayName, NewUser firstAdmin) {
        RealmRepresentation realm = baseRealm(tenant.realm(), displayName, List.of("end-user", "agent", "tenant-admin"));
        realm.getClients().add(portalClient(tenant));
        realm.setUsers(List.of(user(firstAdmin)));
        return realm;
    }

    RealmRepresentation providerRealm() {
        return baseRealm(TesseraConfig.PROVIDER_REALM, "Tessera MSP", List.of("msp-operator"));
    }

    private RealmRepresentation baseRealm(String name, String displayName, List<String> roles) {
        RealmRepresentation realm = new RealmRepresentation();
        realm.setRealm(name);
        realm.setDisplayName(displayName);
        realm.setEnabled(true);
        realm.setInternationalizationEnabled(true);
        realm.setSupportedLocales(Set.of("en", "zh-CN"));
        realm.setDefaultLocale("en");
        realm.setBruteForceProtected(true);
        RolesRepresentation rr = new RolesRepresentation();
        rr.setRealm(roles.stream().map(r -> {
            RoleRepresentation role = new RoleRepresentation();
            role.setName(r);
            return role;
        }).toList());
        realm.setRoles(rr);
        List<ClientRepresentation> clients = new ArrayList<>();
        clients.add(apiClient());
        if (config.devMode()) {
            clients.add(cliClient());
        }
        realm.setClients(clients);
        return realm;
    }

    private static ClientRepresentation apiClient() {
        ClientRepresentation c = new ClientRepresentation();
        c.setClientId(TesseraConfig.API_CLIENT);
        c.setName("Tessera API");
        c.setBearerOnly(true);
        c.setPublicClient(false);
        c.setStandardFlowEnabled(false);
        c.setDirectAccessGrantsEnabled(false);
        return c;
    }

    private ClientRepresentation portalClient(TenantId tenant) {
        String base = config.publicUrl() + "/t/" + tenant.value() + "/";
        ClientRepresentation c = new ClientRepresentation();
        c.setClientId(TesseraConfig.PORTAL_CLIENT);
        c.setName("Tessera portal");
        c.setPublicClient(true);
        c.setStandardFlowEnabled(true);
        c.setDirectAccessGrantsEnabled(false);
        c.setImplicitFlowEnabled(false);
        c.setRedirectUris(List.of(base + "*"));
        c.setWebOrigins(List.of(config.publicUrl()));
        c.setRootUrl(config.publicUrl());
        Map<String, String> attributes = new HashMap<>();
        attributes.put("pkce.code.challenge.method", "S256");
        attributes.put("post.logout.redirect.uris", base + "*");
        c.setAttributes(attributes);
        c.setProtocolMappers(List.of(audienceMapper()));
        return c;
    }

    /** Dev/test only: password grant for scripts and tests. Never created in production mode. */
    private static ClientRepresentation cliClient() {
        ClientRepresentation c = new ClientRepresentation();
        c.setClientId(TesseraConfig.CLI_CLIENT);
        c.setName("Tessera CLI (development only)");
        c.setPublicClient(true);
        c.setStandardFlowEnabled(false);
        c.setDirectAccessGrantsEnabled(true);
        c.setProtocolMappers(List.of(audienceMapper()));
        return c;
    }

    private static ProtocolMapperRepresentation audienceMapper() {
        ProtocolMapperRepresentation m = new ProtocolMapperRepresentation();
        m.setName("tessera-api audience");
        m.setProtocol("openid-connect");
        m.setProtocolMapper("oidc-audience-mapper");
        m.setConfig(Map.of("included.client.audience", TesseraConfig.API_CLIENT,
                "access.token.claim", "true", "id.token.claim", "false", "introspection.token.claim", "true"));
        return m;
    }

    static UserRepresentation user(NewUser u) {
        UserRepresentation rep = new UserRepresentation();
        rep.setUsername(u.username());
        rep.setEmail(u.email());
        rep.setFirstName(u.firstName());
        rep.setLastName(u.lastName());
        rep.setEnabled(true);
        rep.setEmailVerified(true);
        CredentialRepresentation pw = new CredentialRepresentation();
        pw.setType(CredentialRepresentation.PASSWORD);
        pw.setValue(u.password());
        pw.setTemporary(false);
        rep.setCredentials(List.of(pw));
        rep.setRealmRoles(List.copyOf(u.roles()));
        return rep;
    }

}
