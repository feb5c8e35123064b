package io.tessera.platform.group.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What other features may ask about assignment groups of the current tenant. */
public interface GroupDirectory {

    /** A group as other features see it. */
    record GroupRef(UUID id, String name) {
    }

    Optional<GroupRef> find(UUID groupId);

    /** The group of that name (case-insensitive). */
    Optional<GroupRef> findByName(String name);

    boolean isMember(UUID groupId, String userId);

    /** The name shown for a member of a group; empty if the user is not a member. */
    Optional<String> memberName(UUID groupId, String userId);

    /** The groups {@code userId} belongs to. */
    List<UUID> groupsOf(String userId);
}
