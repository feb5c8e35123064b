package io.tessera.platform.health;

import io.tessera.platform.tenancy.SchemaPerTenantConnectionProvider;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.Map;

/** {@code GET /api/public/health}: 200 when the platform is deployed and its database answers, else 503. */
@Path("/public/health")
@RequestScoped
public class HealthResource {

    @Resource(lookup = SchemaPerTenantConnectionProvider.DATASOURCE)
    DataSource dataSource;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        try (Connection c = dataSource.getConnection()) {
            boolean ok = c.isValid(2);
            return Response.status(ok ? 200 : 503)
                    .entity(Map.of("status", ok ? "UP" : "DOWN", "database", ok ? "UP" : "DOWN")).build();
        } catch (Exception e) {
            return Response.status(503).entity(Map.of("status", "DOWN", "database", "DOWN")).build();
        }
    }
}
