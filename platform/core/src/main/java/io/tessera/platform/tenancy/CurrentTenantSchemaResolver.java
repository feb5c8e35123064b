package io.tessera.platform.tenancy;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Tells Hibernate which schema a new session works in: the bound tenant's, or a schema that does not exist when
 * no tenant is bound (control-plane tables are schema-qualified, so they keep working; tenant tables fail closed).
 * Instantiated by Hibernate by reflection, hence {@link CDI#current()}.
 */
public class CurrentTenantSchemaResolver implements CurrentTenantIdentifierResolver<String> {

    @Override
    public String resolveCurrentTenantIdentifier() {
        try {
            return CDI.current().select(TenantContext.class).get().current()
                    .map(TenantId::schema)
                    .orElse(SchemaPerTenantConnectionProvider.NO_TENANT);
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return SchemaPerTenantConnectionProvider.NO_TENANT;
        }
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }

    @Override
    public boolean isRoot(String tenantId) {
        return false;
    }
}
