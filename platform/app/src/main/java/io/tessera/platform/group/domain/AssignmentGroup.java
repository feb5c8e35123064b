package io.tessera.platform.group.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A team of agents that tickets are assigned to. Its name is unique within the tenant; its members are agents of
 * the tenant's realm, by user id (with the name shown for them).
 */
@Entity
@Table(name = "assignment_group")
public class AssignmentGroup {

    public static final int MAX_NAME = 100;
    public static final int MAX_DESCRIPTION = 1000;
    public static final int MAX_MEMBERS = 500;

    @Id
    private UUID id;
    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;
    @Column(name = "description", nullable = false, length = MAX_DESCRIPTION)
    private String description;
    @ElementCollection
    @CollectionTable(name = "assignment_group_member", joinColumns = @JoinColumn(name = "group_id"))
    @MapKeyColumn(name = "user_id", length = 64)
    @Column(name = "user_name", nullable = false, length = 200)
    private Map<String, String> members = new TreeMap<>();
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected AssignmentGroup() {
    }

    public static AssignmentGroup create(String name, String description, Instant now) {
        AssignmentGroup g = new AssignmentGroup();
        g.id = UUID.randomUUID();
        g.rename(name, description, now);
        g.createdAt = now;
        return g;
    }

    public void rename(String name, String description, Instant now) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw new IllegalArgumentException("group name must be 1.." + MAX_NAME + " characters");
        }
        String d = description == null ? "" : description.strip();
        if (d.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("group description exceeds " + MAX_DESCRIPTION + " characters");
        }
        this.name = n;
        this.description = d;
        this.updatedAt = now;
    }

    /** Adds an agent (already checked to be one by the caller); adding a member again only updates the name. */
    public void addMember(String userId, String userName, Instant now) {
        if (!members.containsKey(userId) && members.size() >= MAX_MEMBERS) {
            throw new IllegalStateException("a group has at most " + MAX_MEMBERS + " members");
        }
        members.put(userId, userName);
        updatedAt = now;
    }

    /** @return whether the user was a member */
    public boolean removeMember(String userId, Instant now) {
        boolean was = members.remove(userId) != null;
        if (was) {
            updatedAt = now;
        }
        return was;
    }

    public boolean hasMember(String userId) {
        return members.containsKey(userId);
    }

    public Optional<String> memberName(String userId) {
        return Optional.ofNullable(members.get(userId));
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** Members by user id → display name, ordered by id. */
    public Map<String, String> members() {
        return Map.copyOf(members);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
