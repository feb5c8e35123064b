package io.tessera.tenancy.infrastructure;

import io.tessera.platform.config.TesseraConfig;
import io.tessera.platform.tenancy.TenantId;
import io.tessera.platform.web.ApiException;
import io.tessera.tenancy.domain.IdentityRealms;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
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
import java.util.logging.Logger;

/** Realms and users in Keycloak, through its admin REST API ({@code keycloak-admin-client}). */
@ApplicationScoped
public class KeycloakIdentityRealms implements IdentityRealms {

    private static final Logger LOG = Logger.getLogger(KeycloakIdentityRealms.class.getName());

    private volatile Keycloak admin;
    private final TesseraConfig config = TesseraConfig.load();

    private Keycloak admin() {
        Keycloak k = admin;
        if (k == null) {
            synchronized (this) {
                if (admin == null) {
                    admin = KeycloakBuilder.builder()
                            .serverUrl(config.keycloakUrl())
                            .realm("master")
                            .clientId("admin-cli")
                            .username(config.keycloakAdminUser())
                            .password(config.keycloakAdminPassword())
                            .build();
                }
                k = admin;
            }
        }
        return k;
    }

    @PreDestroy
    void close() {
        if (admin != null) {
            admin.close();
        }
    }

    @Override
    public void createTenantRealm(TenantId tenant, String displayName, NewUser firstAdmin) {
        RealmRepresentation realm = baseRealm(tenant.realm(), displayName, List.of("end-user", "agent", "tenant-admin"));
        realm.getClients().add(portalClient(tenant));
        realm.setUsers(List.of(user(firstAdmin)));
        call(() -> {
            admin().realms().create(realm);
            return null;
        });
    }

    @Override
    public void ensureProviderRealm(String operatorUsername, String operatorPassword) {
        boolean exists = call(() -> {
            try {
                admin().realm(TesseraConfig.PROVIDER_REALM).toRepresentation();
                return true;
            } catch (NotFoundException missing) {
                return false;
            }
        });
        if (!exists) {
            RealmRepresentation realm = baseRealm(TesseraConfig.PROVIDER_REALM, "Tessera MSP", List.of("msp-operator"));
            call(() -> {
            admin().realms().create(realm);
            return null;
        });
            LOG.info("created provider realm " + TesseraConfig.PROVIDER_REALM);
        }
        if (operatorUsername != null && !operatorUsername.isBlank()) {
            RealmResource r = admin().realm(TesseraConfig.PROVIDER_REALM);
            if (call(() -> r.users().searchByUsername(operatorUsername, true)).isEmpty()) {
                createUser(r, new NewUser(operatorUsername, operatorUsername + "@msp.invalid", "MSP", "Operator",
                        operatorPassword, Set.of("msp-operator")));
                LOG.info("created bootstrap MSP operator " + operatorUsername);
            }
        }
    }

    @Override
    public void deleteRealm(String realm) {
        try {
            admin().realm(realm).remove();
        } catch (NotFoundException gone) {
            // nothing to undo
        }
    }

    @Override
    public String createUser(TenantId tenant, NewUser user) {
        return createUser(admin().realm(tenant.realm()), user);
    }

    private String createUser(RealmResource realm, NewUser user) {
        UserRepresentation rep = user(user);
        rep.setRealmRoles(null);
        String id = call(() -> {
            try (Response r = realm.users().create(rep)) {
                if (r.getStatus() == 409) {
                    throw ApiException.conflict("user-exists", user.username());
                }
                return CreatedResponseUtil.getCreatedId(r);
            }
        });
        List<RoleRepresentation> roles = user.roles().stream()
                .map(name -> call(() -> realm.roles().get(name).toRepresentation()))
                .toList();
        call(() -> {
            realm.users().get(id).roles().realmLevel().add(roles);
            return null;
        });
        return id;
    }

    @Override
    public List<UserSummary> listUsers(TenantId tenant, int first, int max) {
        return call(() -> admin().realm(tenant.realm()).users().list(first, max)).stream()
                .map(u -> new UserSummary(u.getId(), u.getUsername(), u.getEmail(), u.getFirstName(),
                        u.getLastName(), Boolean.TRUE.equals(u.isEnabled())))
                .toList();
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

    private static UserRepresentation user(NewUser u) {
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

    private interface Call<T> {
        T run();
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (ApiException e) {
            throw e;
        } catch (ProcessingException e) {
            throw new ApiException(503, "identity-unavailable");
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 409) {
                throw ApiException.conflict("tenant-exists", "?");
            }
            throw new IdentityProviderException(e);
        }
    }

    /** Keycloak refused a request for a reason that is not the client's fault. */
    public static final class IdentityProviderException extends RuntimeException {
        IdentityProviderException(WebApplicationException e) {
            super("Keycloak answered " + (e.getResponse() == null ? "?" : e.getResponse().getStatus()) + ": "
                    + readBody(e), e);
        }

        private static String readBody(WebApplicationException e) {
            try {
                return e.getResponse().readEntity(String.class);
            } catch (RuntimeException ignored) {
                return e.getMessage();
            }
        }
    }
}
