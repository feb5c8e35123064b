package io.tessera.platform.group.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's assignment groups. */
public interface GroupRepository {

    void add(AssignmentGroup group);

    void remove(AssignmentGroup group);

    Optional<AssignmentGroup> find(UUID id);

    Optional<AssignmentGroup> findByName(String name);

    /** All groups, by name. */
    List<AssignmentGroup> all();

    /** Ids of the groups {@code userId} is a member of. */
    List<UUID> groupsOf(String userId);

    /** Whether any ticket is assigned to the group. */
    boolean hasTickets(UUID groupId);
}
