package io.tessera.platform.audit;

import io.tessera.platform.identity.CurrentUser;
import io.tessera.platform.identity.TenantAuthenticationFilter;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import org.hibernate.envers.RevisionListener;

import java.util.Optional;

/**
 * Stamps each revision with the caller of the request that made it, or {@link AuditRevision#SYSTEM} for work
 * outside a user's request. Envers creates this listener itself, hence {@link CDI#current()}.
 */
public class RevisionAuthorListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        Optional<CurrentUser> caller = caller();
        revision.author(caller.map(CurrentUser::id).orElse(AuditRevision.SYSTEM),
                caller.map(CurrentUser::displayName).orElse(AuditRevision.SYSTEM));
    }

    private static Optional<CurrentUser> caller() {
        try {
            return CDI.current().select(TenantAuthenticationFilter.CallerHolder.class).get().find();
        } catch (ContextNotActiveException | IllegalStateException outsideRequest) {
            return Optional.empty();
        }
    }
}
