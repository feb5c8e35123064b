package io.tessera.platform.knowledge.api;

import io.tessera.platform.knowledge.application.ArticleService;
import io.tessera.platform.knowledge.domain.Category;
import io.tessera.platform.web.InputValidator;
import io.tessera.platform.web.ProblemFactory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.UUID;

/** The tenant's category tree: everyone reads it (flat list with parents), agents add categories. */
@Path("/t/{tenant}/knowledge/categories")
@RequestScoped
@RolesAllowed({"end-user", "agent", "tenant-admin"})
@Produces(MediaType.APPLICATION_JSON)
public class CategoryResource {

    @Inject
    ArticleService articles;
    @Inject
    InputValidator validator;
    @Context
    HttpHeaders headers;

    public record NewCategory(@NotBlank @Size(max = Category.MAX_NAME) String name, UUID parent) {
    }

    public record CategoryView(UUID id, UUID parent, String name) {
        static CategoryView of(Category c) {
            return new CategoryView(c.id(), c.parentId().orElse(null), c.name());
        }
    }

    @GET
    public List<CategoryView> all() {
        return articles.categories().stream().map(CategoryView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"agent", "tenant-admin"})
    public Response create(NewCategory body) {
        validator.validate(body, ProblemFactory.locale(headers));
        return Response.status(201).entity(CategoryView.of(articles.createCategory(body.name(), body.parent()))).build();
    }
}
