package io.tessera.platform.group.infrastructure;

import io.tessera.platform.group.domain.AssignmentGroup;
import io.tessera.platform.group.domain.GroupRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Assignment groups in the current tenant's schema. */
@ApplicationScoped
public class JpaGroupRepository implements GroupRepository {

    @PersistenceContext(unitName = "tessera")
    EntityManager em;

    @Override
    public void add(AssignmentGroup group) {
        em.persist(group);
    }

    @Override
    public void remove(AssignmentGroup group) {
        em.remove(group);
    }

    @Override
    public Optional<AssignmentGroup> find(UUID id) {
        return Optional.ofNullable(em.find(AssignmentGroup.class, id));
    }

    @Override
    public Optional<AssignmentGroup> findByName(String name) {
        return em.createQuery("select g from AssignmentGroup g where lower(g.name) = lower(:n)", AssignmentGroup.class)
                .setParameter("n", name.strip()).getResultStream().findFirst();
    }

    @Override
    public List<AssignmentGroup> all() {
        return em.createQuery("select g from AssignmentGroup g order by lower(g.name)", AssignmentGroup.class)
                .getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<UUID> groupsOf(String userId) {
        return em.createNativeQuery("select group_id from assignment_group_member where user_id = ?1")
                .setParameter(1, userId).getResultList();
    }

    @Override
    public boolean hasTickets(UUID groupId) {
        return !em.createNativeQuery("select 1 from ticket where assignment_group_id = ?1 limit 1")
                .setParameter(1, groupId).getResultList().isEmpty();
    }
}
