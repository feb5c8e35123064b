package io.tessera.platform.group.api;

import io.tessera.platform.group.application.GroupService;
import io.tessera.platform.group.domain.AssignmentGroup;
import io.tessera.platform.web.ApiException;
import io.tessera.platform.web.InputValidator;
import io.tessera.platform.web.ProblemFactory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Assignment groups: agents list them; tenant admins create, change and delete them and manage members. */
@Path("/t/{tenant}/groups")
@RequestScoped
@RolesAllowed({"agent", "tenant-admin"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assignment groups")
public class GroupResource {

    @Inject
    GroupService groups;
    @Inject
    InputValidator validator;
    @Context
    HttpHeaders headers;

    public record GroupInput(@NotBlank @Size(max = AssignmentGroup.MAX_NAME) String name,
                             @Size(max = AssignmentGroup.MAX_DESCRIPTION) String description) {
    }

    public record Member(String userId, String name) {
    }

    public record GroupView(UUID id, String name, String description, List<Member> members, Instant createdAt,
                            Instant updatedAt) {
        static GroupView of(AssignmentGroup g) {
            return new GroupView(g.id(), g.name(), g.description(), g.members().entrySet().stream()
                    .map(e -> new Member(e.getKey(), e.getValue()))
                    .sorted(Comparator.comparing(Member::name).thenComparing(Member::userId)).toList(),
                    g.createdAt(), g.updatedAt());
        }
    }

    @GET
    @Operation(summary = "List the tenant's assignment groups with their members")
    public List<GroupView> list() {
        return groups.list().stream().map(GroupView::of).toList();
    }

    @POST
    @RolesAllowed("tenant-admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an assignment group")
    public Response create(GroupInput body, @Context UriInfo uri) {
        validator.validate(body, ProblemFactory.locale(headers));
        AssignmentGroup g = groups.create(body.name(), body.description());
        return Response.created(uri.getAbsolutePathBuilder().path(g.id().toString()).build())
                .entity(GroupView.of(g)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One assignment group")
    public GroupView get(@PathParam("id") String id) {
        return GroupView.of(groups.get(id(id)));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("tenant-admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename an assignment group or change its description")
    public GroupView update(@PathParam("id") String id, GroupInput body) {
        validator.validate(body, ProblemFactory.locale(headers));
        return GroupView.of(groups.update(id(id), body.name(), body.description()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed("tenant-admin")
    @Operation(summary = "Delete an assignment group no ticket is assigned to")
    public Response delete(@PathParam("id") String id) {
        groups.delete(id(id));
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/members/{userId}")
    @RolesAllowed("tenant-admin")
    @Operation(summary = "Add an agent of the tenant to the group")
    public GroupView addMember(@PathParam("id") String id, @PathParam("userId") String userId) {
        return GroupView.of(groups.addMember(id(id), userId));
    }

    @DELETE
    @Path("{id}/members/{userId}")
    @RolesAllowed("tenant-admin")
    @Operation(summary = "Remove a member from the group")
    public GroupView removeMember(@PathParam("id") String id, @PathParam("userId") String userId) {
        return GroupView.of(groups.removeMember(id(id), userId));
    }

    private static UUID id(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("group-not-found", text);
        }
    }
}
