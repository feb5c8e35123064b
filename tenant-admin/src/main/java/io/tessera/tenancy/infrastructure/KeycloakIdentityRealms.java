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
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/** Realms and users in Keycloak, through its admin REST API ({@code keycloak-admin-client}). */
@ApplicationScoped
public class KeycloakIdentityRealms implements IdentityRealms {

    private static final Logger LOG = Logger.getLogger(KeycloakIdentityRealms.class.getName());

    private volatile Keycloak admin;
    private final TesseraConfig config = TesseraConfig.load();
    private final RealmTemplates templates = new RealmTemplates(config);

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
        RealmRepresentation realm = templates.tenantRealm(tenant, displayName, firstAdmin);
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
            RealmRepresentation realm = templates.providerRealm();
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
        UserRepresentation rep = RealmTemplates.user(user);
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

    @Override
    public Optional<UserSummary> findUser(TenantId tenant, String userId) {
        if (userId == null || !userId.matches("[A-Za-z0-9-]{1,64}")) {
            return Optional.empty();
        }
        return call(() -> {
            try {
                UserRepresentation u = admin().realm(tenant.realm()).users().get(userId).toRepresentation();
                return Optional.of(new UserSummary(u.getId(), u.getUsername(), u.getEmail(), u.getFirstName(),
                        u.getLastName(), Boolean.TRUE.equals(u.isEnabled())));
            } catch (NotFoundException missing) {
                return Optional.empty();
            }
        });
    }

    @Override
    public Set<String> realmRoles(TenantId tenant, String userId) {
        return call(() -> {
            try {
                return admin().realm(tenant.realm()).users().get(userId).roles().realmLevel().listEffective()
                        .stream().map(RoleRepresentation::getName).collect(java.util.stream.Collectors.toSet());
            } catch (NotFoundException missing) {
                return Set.<String>of();
            }
        });
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
