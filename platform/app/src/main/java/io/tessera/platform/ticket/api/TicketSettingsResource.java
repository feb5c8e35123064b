package io.tessera.platform.ticket.api;

import io.tessera.platform.ticket.application.TicketSettingsService;
import io.tessera.platform.ticket.domain.TicketPolicy;
import io.tessera.platform.web.InputValidator;
import io.tessera.platform.web.ProblemFactory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/** The tenant's ticket settings: agents read them, tenant admins change them. */
@Path("/t/{tenant}/settings")
@RequestScoped
@RolesAllowed({"agent", "tenant-admin"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ticket settings")
public class TicketSettingsResource {

    @Inject
    TicketSettingsService settings;
    @Inject
    InputValidator validator;
    @Context
    HttpHeaders headers;

    public record Matrix(@NotNull @Size(min = 9, max = 9) List<TicketSettingsService.@NotNull @Valid Cell> cells) {
    }

    /** The ticket policy; {@code maxAttachmentBytes} may be left out of a change to keep it. */
    public record Policy(@NotNull Integer reopenWindowDays, Long maxAttachmentBytes) {
        static Policy of(TicketPolicy p) {
            return new Policy(p.reopenWindowDays(), p.maxAttachmentBytes());
        }
    }

    @GET
    @Path("priority-matrix")
    @Operation(summary = "The impact × urgency → priority matrix (ITIL default until changed)")
    public Matrix matrix() {
        return new Matrix(settings.matrix());
    }

    @PUT
    @Path("priority-matrix")
    @RolesAllowed("tenant-admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the priority matrix: all nine impact × urgency combinations, priorities P1..P5")
    public Matrix replaceMatrix(Matrix body) {
        validator.validate(body, ProblemFactory.locale(headers));
        return new Matrix(settings.replaceMatrix(body.cells()));
    }

    /** Categories by name with their subcategories, in order; empty: categories are free text. */
    public record Categories(@NotNull Map<String, List<String>> categories) {
    }

    @GET
    @Path("categories")
    @Operation(summary = "The ticket categories and subcategories (empty: free text)")
    public Categories categories() {
        return new Categories(settings.categories().categories());
    }

    @PUT
    @Path("categories")
    @RolesAllowed("tenant-admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the ticket categories; tickets must then use them")
    public Categories replaceCategories(Categories body) {
        validator.validate(body, ProblemFactory.locale(headers));
        return new Categories(settings.replaceCategories(body.categories()).categories());
    }

    @GET
    @Path("tickets")
    @Operation(summary = "The ticket policy (e.g. how many days after resolution an incident may be reopened)")
    public Policy policy() {
        return Policy.of(settings.policy());
    }

    @PUT
    @Path("tickets")
    @RolesAllowed("tenant-admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the ticket policy")
    public Policy replacePolicy(Policy body) {
        validator.validate(body, ProblemFactory.locale(headers));
        return Policy.of(settings.replacePolicy(body.reopenWindowDays(), body.maxAttachmentBytes()));
    }
}
