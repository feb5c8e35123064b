package io.tessera.platform.group.application;

import io.tessera.platform.group.domain.AssignmentGroup;
import io.tessera.platform.group.domain.GroupRepository;
import io.tessera.platform.identity.AgentDirectory;
import io.tessera.platform.web.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Assignment groups of the current tenant: tenant admins create, rename and delete them and manage their members,
 * who must be agents of the tenant's realm. One transaction per public method.
 */
@ApplicationScoped
@Transactional
public class GroupService implements GroupDirectory {

    @Inject
    GroupRepository groups;
    @Inject
    AgentDirectory agents;

    public AssignmentGroup create(String name, String description) {
        if (groups.findByName(name).isPresent()) {
            throw ApiException.conflict("group-exists", name.strip());
        }
        AssignmentGroup g = AssignmentGroup.create(name, description, Instant.now());
        groups.add(g);
        return loaded(g);
    }

    public AssignmentGroup update(UUID id, String name, String description) {
        AssignmentGroup g = get(id);
        groups.findByName(name).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw ApiException.conflict("group-exists", name.strip());
        });
        g.rename(name, description, Instant.now());
        return loaded(g);
    }

    /** Deletes a group no ticket is assigned to. */
    public void delete(UUID id) {
        AssignmentGroup g = get(id);
        if (groups.hasTickets(id)) {
            throw ApiException.conflict("group-in-use", g.name());
        }
        groups.remove(g);
    }

    /** Adds an agent of the tenant's realm; anyone else (or an unknown id) is refused. */
    public AssignmentGroup addMember(UUID id, String userId) {
        AssignmentGroup g = get(id);
        AgentDirectory.Agent agent = agents.find(userId)
                .orElseThrow(() -> ApiException.unprocessable("user-not-an-agent", userId));
        g.addMember(agent.id(), agent.name(), Instant.now());
        return loaded(g);
    }

    public AssignmentGroup removeMember(UUID id, String userId) {
        AssignmentGroup g = get(id);
        if (!g.removeMember(userId, Instant.now())) {
            throw ApiException.notFound("group-member-not-found", userId);
        }
        return loaded(g);
    }

    public List<AssignmentGroup> list() {
        List<AssignmentGroup> all = groups.all();
        all.forEach(GroupService::loaded);
        return all;
    }

    public AssignmentGroup get(UUID id) {
        return loaded(groups.find(id).orElseThrow(() -> ApiException.notFound("group-not-found", String.valueOf(id))));
    }

    /** Loads the members inside the transaction: the API renders groups after it. */
    private static AssignmentGroup loaded(AssignmentGroup g) {
        g.members();
        return g;
    }

    @Override
    public Optional<GroupRef> find(UUID groupId) {
        return groups.find(groupId).map(g -> new GroupRef(g.id(), g.name()));
    }

    @Override
    public Optional<GroupRef> findByName(String name) {
        return groups.findByName(name).map(g -> new GroupRef(g.id(), g.name()));
    }

    @Override
    public boolean isMember(UUID groupId, String userId) {
        return groups.find(groupId).map(g -> g.hasMember(userId)).orElse(false);
    }

    @Override
    public Optional<String> memberName(UUID groupId, String userId) {
        return groups.find(groupId).flatMap(g -> g.memberName(userId));
    }

    @Override
    public List<UUID> groupsOf(String userId) {
        return groups.groupsOf(userId);
    }
}
