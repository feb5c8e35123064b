package io.tessera.platform;

import com.fasterxml.jackson.databind.JsonNode;
import io.tessera.platform.it.Api;
import io.tessera.platform.it.ApiTestBase;
import io.tessera.platform.it.Tenants;
import io.tessera.platform.it.TestStack;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Tenant lifecycle through the control-plane API, and what the edge does with unknown, suspended and foreign tenants. */
class TenancyIT extends ApiTestBase {

    @Test
    void operatorCreatesTenantThatIsUsableAtOnce() throws Exception {
        String slug = Tenants.uniqueSlug("acme");
        Api.Reply created = tenants.create(slug, "Acme Corp");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/admin/tenants/" + slug));
        assertThat(created.json().get("status").asText()).isEqualTo("active");
        assertThat(created.json().get("realm").asText()).isEqualTo(slug);

        // the first tenant admin can sign in to the new realm and use the tenant API
        String adminToken = Api.token(slug, "admin", Tenants.PASSWORD);
        Api.Reply me = api.get("/api/t/" + slug + "/me", adminToken);
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().get("roles")).extracting(JsonNode::asText).contains("tenant-admin", "agent");

        // listed for the operator
        Api.Reply list = api.get("/api/admin/tenants?limit=200", tenants.operatorToken());
        assertThat(list.status()).isEqualTo(200);
        assertThat(StreamSupport.stream(list.json().get("items").spliterator(), false).map(n -> n.get("slug").asText()))
                .contains(slug);

        // Flyway created and migrated the tenant's own schema
        try (Connection c = DriverManager.getConnection(TestStack.jdbcUrl(), "tessera", "tessera");
             ResultSet rs = c.createStatement().executeQuery("select version from \"t_" + slug.replace('-', '_')
                     + "\".flyway_schema_history where success and version is not null order by installed_rank")) {
            List<String> versions = new ArrayList<>();
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
            assertThat(versions).startsWith("1", "2").contains("4", "5", "6", "7", "8");
        }
    }

    @Test
    void duplicateReservedAndInvalidTenantsAreRejectedWithProblems() {
        String slug = Tenants.uniqueSlug("dup");
        assertThat(tenants.create(slug, "First").status()).isEqualTo(201);

        Api.Reply again = tenants.create(slug, "Second");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
        assertThat(again.json().get("type").asText()).endsWith("/tenant-exists");

        Api.Reply reserved = tenants.create("tessera", "Mine");
        assertThat(reserved.status()).isEqualTo(400);
        assertThat(reserved.isProblem()).isTrue();

        Api.Reply invalid = api.post("/api/admin/tenants", tenants.operatorToken(),
                Map.of("slug", "Bad_Slug", "displayName", "", "admin", Map.of("username", "x")));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.isProblem()).isTrue();
        assertThat(invalid.json().get("errors")).extracting(e -> e.get("field").asText())
                .contains("slug", "displayName", "admin.email", "admin.password");

        // nothing of the invalid tenants was stored
        Api.Reply list = api.get("/api/admin/tenants?limit=200", tenants.operatorToken());
        assertThat(list.body()).doesNotContain("Bad_Slug").doesNotContain("\"Mine\"");
    }

    @Test
    void controlPlaneRequiresAnOperatorOfTheProviderRealm() {
        Tenants.TestTenant acme = tenants.newTenant("acme");
        assertThat(api.get("/api/admin/tenants", null).status()).isEqualTo(401);
        // a tenant admin's token is from another realm: not accepted on the control plane
        assertThat(api.get("/api/admin/tenants", acme.adminToken()).status()).isEqualTo(401);
    }

    @Test
    void unknownTenantIsNotFoundProblemWithOrWithoutToken() {
        Tenants.TestTenant acme = tenants.newTenant("acme");
        for (String token : new String[] {null, acme.adminToken()}) {
            Api.Reply r = api.get("/api/t/no-such-tenant/tickets", token);
            assertThat(r.status()).as(r.toString()).isEqualTo(404);
            assertThat(r.isProblem()).isTrue();
            assertThat(r.json().get("type").asText()).endsWith("/tenant-not-found");
        }
        Api.Reply weird = api.get("/api/t/%E4%BD%A0%20x/tickets", acme.adminToken());
        assertThat(weird.status()).isEqualTo(404);
        assertThat(weird.isProblem()).isTrue();
    }

    @Test
    void suspendedTenantIsForbiddenUntilResumed() {
        Tenants.TestTenant acme = tenants.newTenant("acme");
        String operator = tenants.operatorToken();
        assertThat(api.post("/api/admin/tenants/" + acme.slug() + "/suspend", operator, "").status()).isEqualTo(200);

        Api.Reply r = api.get("/api/t/" + acme.slug() + "/tickets", acme.adminToken());
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.json().get("type").asText()).endsWith("/tenant-suspended");
        assertThat(api.get("/api/admin/tenants/" + acme.slug(), operator).json().get("status").asText())
                .isEqualTo("suspended");
        // suspending twice is an illegal transition
        assertThat(api.post("/api/admin/tenants/" + acme.slug() + "/suspend", operator, "").status()).isEqualTo(409);

        assertThat(api.post("/api/admin/tenants/" + acme.slug() + "/resume", operator, "").status()).isEqualTo(200);
        assertThat(api.get("/api/t/" + acme.slug() + "/tickets", acme.adminToken()).status()).isEqualTo(200);
    }

    @Test
    void tokenOfOneTenantIsRejectedOnAnother() {
        Tenants.TestTenant acme = tenants.newTenant("acme");
        Tenants.TestTenant globex = tenants.newTenant("globex");

        assertThat(api.get("/api/t/" + acme.slug() + "/tickets", acme.adminToken()).status()).isEqualTo(200);
        Api.Reply cross = api.get("/api/t/" + globex.slug() + "/tickets", acme.adminToken());
        assertThat(cross.status()).isEqualTo(401);
        assertThat(cross.isProblem()).as(cross.toString()).isTrue();
        assertThat(cross.json().get("type").asText()).endsWith("/unauthenticated");
        assertThat(api.get("/api/t/" + globex.slug() + "/tickets", "not-a-jwt").status()).isEqualTo(401);
        Api.Reply crossWrite = api.post("/api/t/" + globex.slug() + "/tickets", acme.adminToken(),
                Map.of("title", "sneaky"));
        assertThat(crossWrite.status()).isEqualTo(401);
        assertThat(api.get("/api/t/" + globex.slug() + "/tickets", globex.adminToken()).json().get("items")).isEmpty();
    }

    @Test
    void problemsSpeakChineseWhenAsked() {
        Api.Reply r = api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "api/t/nobody-here/tickets"))
                .header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5").GET(), null);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("title").asText()).isEqualTo("未找到组织");
    }
}
