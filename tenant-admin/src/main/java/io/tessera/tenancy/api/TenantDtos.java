package io.tessera.tenancy.api;

import io.tessera.tenancy.domain.Tenant;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Request and response bodies of the control-plane API. */
public final class TenantDtos {

    private TenantDtos() {
    }

    public record UserInput(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+") String username,
            @NotBlank @Email @Size(max = 200) String email,
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @NotBlank @Size(min = 8, max = 200) String password) {
    }

    public record CreateTenant(
            @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,38}[a-z0-9]", message = "{tessera.slug.invalid}") String slug,
            @NotBlank @Size(max = 200) String displayName,
            @NotNull @Valid UserInput admin) {
    }

    public record TenantView(String slug, String displayName, String status, String realm, Instant createdAt,
                             Instant updatedAt) {
        static TenantView of(Tenant t) {
            return new TenantView(t.id().value(), t.displayName(), t.status().code(), t.realm(), t.createdAt(),
                    t.updatedAt());
        }
    }

    public record Page<T>(List<T> items, String next) {
    }

    public record CreateUser(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+") String username,
            @NotBlank @Email @Size(max = 200) String email,
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @NotBlank @Size(min = 8, max = 200) String password,
            @NotNull @Size(min = 1, max = 3) Set<@Pattern(regexp = "end-user|agent|tenant-admin") String> roles) {
    }

    public record UserView(String id, String username, String email, String firstName, String lastName,
                           boolean enabled) {
    }

    public record PortalConfig(String tenant, String displayName, String keycloakUrl, String realm,
                               String clientId) {
    }
}
