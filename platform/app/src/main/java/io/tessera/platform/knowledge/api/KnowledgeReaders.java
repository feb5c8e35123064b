package io.tessera.platform.knowledge.api;

import io.tessera.platform.group.application.GroupDirectory;
import io.tessera.platform.identity.CurrentUser;
import io.tessera.platform.knowledge.domain.Actor;
import io.tessera.platform.knowledge.domain.Audience;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.SecurityContext;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The caller as the knowledge base sees them: a reader (end user, agent with the assignment groups they are a
 * member of, or tenant admin) and an actor for authoring. Memberships are read once per request.
 */
@RequestScoped
public class KnowledgeReaders {

    @Inject
    CurrentUser caller;
    @Inject
    GroupDirectory groups;

    private Audience.Reader reader;

    public Audience.Reader reader(SecurityContext security) {
        if (reader == null) {
            Set<String> memberOf = caller.isAgent()
                    ? groups.groupsOf(caller.id()).stream().map(UUID::toString).collect(Collectors.toSet())
                    : Set.of();
            reader = new Audience.Reader(caller.id(), caller.isAgent(), caller.isTenantAdmin(), memberOf);
        }
        return reader;
    }

    /** The current name of an assignment group of this tenant, by id (empty for an unknown or deleted group). */
    public Optional<String> groupName(String id) {
        try {
            return groups.find(UUID.fromString(id)).map(GroupDirectory.GroupRef::name);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    public Actor actor() {
        return new Actor(caller.id(), caller.displayName());
    }
}
