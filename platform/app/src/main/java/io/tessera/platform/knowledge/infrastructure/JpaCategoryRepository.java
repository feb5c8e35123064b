package io.tessera.platform.knowledge.infrastructure;

import io.tessera.platform.knowledge.domain.Category;
import io.tessera.platform.knowledge.domain.CategoryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Categories in the current tenant's schema. */
@ApplicationScoped
public class JpaCategoryRepository implements CategoryRepository {

    @PersistenceContext(unitName = "tessera")
    EntityManager em;

    @Override
    public void add(Category category) {
        em.persist(category);
    }

    @Override
    public Optional<Category> find(UUID id) {
        return Optional.ofNullable(em.find(Category.class, id));
    }

    @Override
    @Transactional
    public List<Category> all() {
        return em.createQuery("select c from Category c order by c.name", Category.class).setMaxResults(2000)
                .getResultList();
    }
}
