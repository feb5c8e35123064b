package io.tessera.platform;

import com.fasterxml.jackson.databind.JsonNode;
import io.tessera.platform.it.Api;
import io.tessera.platform.it.ApiTestBase;
import io.tessera.platform.it.Tenants;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Tickets: who sees what inside a tenant and across tenants, and what bad input does (nothing). */
class TicketIT extends ApiTestBase {

    private static List<String> titles(Api.Reply list) {
        List<String> titles = new ArrayList<>();
        list.json().get("items").forEach(n -> titles.add(n.get("title").asText()));
        return titles;
    }

    @Test
    void endUserOpensAndFollowsOwnTicketsAgentsSeeTheQueue() {
        Tenants.TestTenant acme = tenants.newTenant("acme");
        String alice = tenants.user(acme, "alice", "end-user");
        String bob = tenants.user(acme, "bob", "end-user");
        String agent = tenants.user(acme, "agnes", "agent");

        Api.Reply created = api.post("/api/t/" + acme.slug() + "/tickets", alice,
                Map.of("title", "  Printer on 3rd floor jams  ", "description", "打印机无法连接"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode ticket = created.json();
        String number = ticket.get("number").asText();
        assertThat(number).matches("INC\\d{7}");
        assertThat(ticket.get("title").asText()).isEqualTo("Printer on 3rd floor jams");
        assertThat(ticket.get("description").asText()).isEqualTo("打印机无法连接");
        assertThat(ticket.get("status").asText()).isEqualTo("new");
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/tickets/" + number));
        api.post("/api/t/" + acme.slug() + "/tickets", bob, Map.of("title", "Bob's laptop"));

        assertThat(titles(api.get("/api/t/" + acme.slug() + "/tickets?scope=mine", alice)))
                .containsExactly("Printer on 3rd floor jams");
        // an end user asking for all still gets only their own
        assertThat(titles(api.get("/api/t/" + acme.slug() + "/tickets", alice)))
                .containsExactly("Printer on 3rd floor jams");
        assertThat(api.get("/api/t/" + acme.slug() + "/tickets/" + number, alice).json().get("title").asText())
                .isEqualTo("Printer on 3rd floor jams");
        // bob cannot read alice's ticket by number: it is simply not there for him
        Api.Reply bobReads = api.get("/api/t/" + acme.slug() + "/tickets/" + number, bob);
        assertThat(bobReads.status()).isEqualTo(404);
        assertThat(bobReads.isProblem()).isTrue();

        // the agent sees the tenant's queue, newest first
        assertThat(titles(api.get("/api/t/" + acme.slug() + "/tickets", agent)))
                .containsExactly("Bob's laptop", "Printer on 3rd floor jams");
        assertThat(api.get("/api/t/" + acme.slug() + "/tickets/" + number, agent).status()).isEqualTo(200);
    }

    @Test
    void numbersArePerTenantAndTicketsNeverCrossTenants() {
        Tenants.TestTenant acme = tenants.newTenant("acme");
        Tenants.TestTenant globex = tenants.newTenant("globex");
        String acmeUser = tenants.user(acme, "ann", "end-user");
        String globexAgent = tenants.user(globex, "gus", "agent");

        String secret = "acme-only-" + UUID.randomUUID();
        Api.Reply first = api.post("/api/t/" + acme.slug() + "/tickets", acmeUser, Map.of("title", secret));
        Api.Reply second = api.post("/api/t/" + acme.slug() + "/tickets", acmeUser, Map.of("title", secret + "-2"));
        assertThat(first.json().get("number").asText()).isEqualTo("INC0000001");
        assertThat(second.json().get("number").asText()).isEqualTo("INC0000002");

        // by list
        assertThat(api.get("/api/t/" + globex.slug() + "/tickets", globexAgent).json().get("items")).isEmpty();
        // by id: acme's numbers do not exist in globex
        Api.Reply byId = api.get("/api/t/" + globex.slug() + "/tickets/INC0000001", globexAgent);
        assertThat(byId.status()).isEqualTo(404);
        assertThat(byId.body()).doesNotContain(secret);

        // globex's own numbering starts at 1 independently
        Api.Reply own = api.post("/api/t/" + globex.slug() + "/tickets", globexAgent, Map.of("title", "globex ticket"));
        assertThat(own.json().get("number").asText()).isEqualTo("INC0000001");
        assertThat(api.get("/api/t/" + globex.slug() + "/tickets/INC0000001", globexAgent).json().get("title").asText())
                .isEqualTo("globex ticket");
        assertThat(api.get("/api/t/" + acme.slug() + "/tickets/INC0000001", acmeUser).json().get("title").asText())
                .isEqualTo(secret);
    }

    @Test
    void queueIsKeysetPaginated() {
        Tenants.TestTenant acme = tenants.newTenant("acme");
        String agent = tenants.user(acme, "pat", "agent");
        for (int i = 1; i <= 5; i++) {
            assertThat(api.post("/api/t/" + acme.slug() + "/tickets", agent, Map.of("title", "t" + i)).status())
                    .isEqualTo(201);
        }
        Api.Reply page1 = api.get("/api/t/" + acme.slug() + "/tickets?limit=2", agent);
        assertThat(titles(page1)).containsExactly("t5", "t4");
        String next = page1.json().get("next").asText();
        Api.Reply page2 = api.get("/api/t/" + acme.slug() + "/tickets?limit=2&after=" + next, agent);
        assertThat(titles(page2)).containsExactly("t3", "t2");
        Api.Reply page3 = api.get("/api/t/" + acme.slug() + "/tickets?limit=2&after=" + page2.json().get("next").asText(), agent);
        assertThat(titles(page3)).containsExactly("t1");
        assertThat(page3.json().get("next").isNull()).isTrue();

        Api.Reply badCursor = api.get("/api/t/" + acme.slug() + "/tickets?after=garbage", agent);
        assertThat(badCursor.status()).isEqualTo(400);
        assertThat(badCursor.isProblem()).isTrue();
    }

    @Test
    void badInputIsAProblemAndStoresNothing() {
        Tenants.TestTenant acme = tenants.newTenant("acme");
        String user = tenants.user(acme, "eve", "end-user", "agent");
        String path = "/api/t/" + acme.slug() + "/tickets";

        Api.Reply malformed = api.post(path, user, "{\"title\": \"unterminated");
        assertProblem(malformed, 400, "malformed-json");

        Api.Reply missing = api.post(path, user, Map.of("description", "no title"));
        assertProblem(missing, 400, "invalid-input");
        assertThat(missing.json().get("errors").get(0).get("field").asText()).isEqualTo("title");

        Api.Reply blank = api.post(path, user, Map.of("title", "   "));
        assertProblem(blank, 400, "invalid-input");

        Api.Reply tooLong = api.post(path, user, Map.of("title", "x".repeat(201)));
        assertProblem(tooLong, 400, "invalid-input");

        Api.Reply unknown = api.post(path, user, Map.of("title", "ok", "priority", "P1"));
        assertProblem(unknown, 400, "unknown-field");

        Api.Reply wrongType = api.post(path, user, "{\"title\": [1,2]}");
        assertProblem(wrongType, 400, "invalid-field-type");

        Api.Reply empty = api.post(path, user, "");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.isProblem()).isTrue();

        byte[] huge = ("{\"title\":\"big\",\"description\":\"" + "x".repeat(400_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        Api.Reply oversized = api.postRaw(path, user, "application/json", huge);
        assertProblem(oversized, 413, "payload-too-large");

        Api.Reply xml = api.postRaw(path, user, "application/xml", "<ticket/>".getBytes(StandardCharsets.UTF_8));
        assertThat(xml.status()).isEqualTo(415);
        assertThat(xml.isProblem()).isTrue();

        Api.Reply badScope = api.get(path + "?scope=everything", user);
        assertProblem(badScope, 400, "invalid-scope");

        // nothing was stored by any of them
        assertThat(api.get(path, user).json().get("items")).isEmpty();
        // and the next real ticket still gets number 1
        assertThat(api.post(path, user, Map.of("title", "real")).json().get("number").asText()).isEqualTo("INC0000001");
    }

    @Test
    void theRestApiIsDescribedByOpenApi() {
        Api.Reply doc = api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "openapi?format=JSON"))
                .header("Accept", "application/json").GET(), null);
        assertThat(doc.status()).as(doc.toString()).isEqualTo(200);
        JsonNode paths = doc.json().get("paths");
        assertThat(paths.has("/api/t/{tenant}/tickets")).isTrue();
        assertThat(paths.get("/api/t/{tenant}/tickets/{number}/transitions").has("post")).isTrue();
        assertThat(paths.get("/api/t/{tenant}/tickets/{number}").has("patch")).isTrue();
        assertThat(paths.has("/api/t/{tenant}/groups")).isTrue();
        assertThat(paths.has("/api/t/{tenant}/settings/priority-matrix")).isTrue();
        assertThat(doc.json().get("info").get("title").asText()).isEqualTo("Tessera REST API");
    }

    private static void assertProblem(Api.Reply r, int status, String type) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.isProblem()).as(r.toString()).isTrue();
        assertThat(r.json().get("type").asText()).endsWith("/" + type);
        assertThat(r.json().get("status").asInt()).isEqualTo(status);
        assertThat(r.json().get("title").asText()).isNotBlank();
    }
}
