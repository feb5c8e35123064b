package io.tessera.platform.knowledge.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's category tree. */
public interface CategoryRepository {

    void add(Category category);

    Optional<Category> find(UUID id);

    List<Category> all();

    /** The category's id followed by its ancestors' ids up to the root. */
    default List<UUID> path(Category category) {
        List<UUID> path = new java.util.ArrayList<>();
        Optional<Category> c = Optional.of(category);
        while (c.isPresent() && path.size() <= Category.MAX_DEPTH) {
            path.add(c.get().id());
            c = c.get().parentId().flatMap(this::find);
        }
        return path;
    }
}
