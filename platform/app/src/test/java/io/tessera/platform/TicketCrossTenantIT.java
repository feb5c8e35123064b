package io.tessera.platform;

import io.tessera.platform.it.Api;
import io.tessera.platform.it.ApiTestBase;
import io.tessera.platform.it.Tenants;
import io.tessera.platform.it.TicketClient;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.tessera.platform.it.TicketClient.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another tenant's ids do not exist here: every ticket, group and calendar endpoint answers 404 for them (and
 * leaks nothing), even for this tenant's admin, and lists and counts never include them.
 */
class TicketCrossTenantIT extends ApiTestBase {

    @Test
    void anotherTenantsIdsAreNotFoundOnEveryEndpoint() {
        Tenants.TestTenant acme = tenants.newTenant("acme");
        Tenants.TestTenant globex = tenants.newTenant("globex");
        String acmeAgent = tenants.user(acme, "agnes", "agent");
        String globexAdmin = globex.adminToken();
        TicketClient a = new TicketClient(api, acme.slug());
        TicketClient g = new TicketClient(api, globex.slug());

        // acme has one ticket of each type (and a second incident); globex has none
        String secret = "acme-secret-" + System.nanoTime();
        a.created(acmeAgent, null, secret + " first");
        String inc = a.created(acmeAgent, null, secret).get("number").asText();
        String chg = a.created(acmeAgent, "change", secret).get("number").asText();
        String prb = a.created(acmeAgent, "problem", secret).get("number").asText();
        String req = a.created(acmeAgent, "request", secret).get("number").asText();
        String tsk = a.created(acmeAgent, Map.of("type", "task", "title", secret, "parent", chg)).get("number").asText();
        a.comment(acmeAgent, inc, "work_note", secret);
        String file = api.postRaw(a.path("/tickets/" + inc + "/attachments?filename=secret.txt"), acmeAgent,
                "text/plain", secret.getBytes()).json().get("id").asText();
        String link = api.post(a.path("/tickets/" + inc + "/links"), acmeAgent, Map.of("kind", "caused_by_problem",
                "target", prb)).json().get("id").asText();
        String group = api.post(a.path("/groups"), acme.adminToken(), Map.of("name", secret)).json().get("id").asText();
        String blackout = api.post(a.path("/change-calendar/blackouts"), acme.adminToken(), Map.of("name", secret,
                "startsAt", "2027-01-01T00:00:00Z", "endsAt", "2027-01-02T00:00:00Z")).json().get("id").asText();

        for (String n : List.of(inc, chg, prb, req, tsk)) {
            for (Api.Reply r : List.of(
                    g.get(globexAdmin, n),
                    g.patch(globexAdmin, n, "*", Map.of("title", "mine now")),
                    g.transition(globexAdmin, n, "*", Map.of("to", "cancelled")),
                    g.put(globexAdmin, n, "assignment", "*", Map.of()),
                    g.put(globexAdmin, n, "approvers", "*", Map.of("approvers", List.of("x"))),
                    api.post(g.path("/tickets/" + n + "/approvals"), globexAdmin, Map.of("decision", "approve")),
                    api.get(g.path("/tickets/" + n + "/comments"), globexAdmin),
                    g.comment(globexAdmin, n, "work_note", "hello"),
                    api.get(g.path("/tickets/" + n + "/history"), globexAdmin),
                    api.get(g.path("/tickets/" + n + "/links"), globexAdmin),
                    api.post(g.path("/tickets/" + n + "/links"), globexAdmin, Map.of("kind", "related_to", "target", "INC0000001")),
                    api.delete(g.path("/tickets/" + n + "/links/" + link), globexAdmin),
                    g.put(globexAdmin, n, "parent", "*", Map.of()),
                    api.get(g.path("/tickets/" + n + "/attachments"), globexAdmin),
                    api.postRaw(g.path("/tickets/" + n + "/attachments"), globexAdmin, "text/plain", "x".getBytes()))) {
                assertProblem(r, 404, "ticket-not-found");
                assertThat(r.body()).doesNotContain(secret);
            }
        }
        assertProblem(g.open(globexAdmin, Map.of("type", "task", "title", "x", "parent", chg)), 404, "ticket-not-found");
        Api.Bytes download = api.getBytes(g.path("/tickets/" + inc + "/attachments/" + file), globexAdmin);
        assertThat(download.status()).isEqualTo(404);
        assertThat(new String(download.body())).doesNotContain(secret);
        // globex's own ticket cannot be linked or attached to acme's
        String own = g.created(globexAdmin, null, "globex first").get("number").asText();
        assertProblem(api.post(g.path("/tickets/" + own + "/links"), globexAdmin,
                Map.of("kind", "caused_by_problem", "target", prb)), 404, "ticket-not-found");
        assertProblem(g.put(globexAdmin, own, "parent", "*", Map.of("parent", "INC0000002")), 404, "ticket-not-found");
        for (String path : List.of("/groups/" + group, "/groups/" + group + "/members/x")) {
            Api.Reply r = path.endsWith("/x") ? api.request("PUT", g.path(path), globexAdmin, null, Map.of())
                    : api.get(g.path(path), globexAdmin);
            assertProblem(r, 404, "group-not-found");
        }
        assertProblem(api.request("PUT", g.path("/groups/" + group), globexAdmin, Map.of("name", "x"), Map.of()), 404,
                "group-not-found");
        assertProblem(api.delete(g.path("/groups/" + group), globexAdmin), 404, "group-not-found");
        assertProblem(api.delete(g.path("/change-calendar/blackouts/" + blackout), globexAdmin), 404, "blackout-not-found");

        // lists and counts of globex hold nothing of acme
        for (String path : List.of("/tickets", "/tickets?q=" + secret, "/tickets/counts", "/groups",
                "/change-calendar?from=2026-12-01T00:00:00Z&to=2027-02-01T00:00:00Z")) {
            Api.Reply r = api.get(g.path(path), globexAdmin);
            assertThat(r.status()).as(path + " " + r).isEqualTo(200);
            assertThat(r.body()).as(path).doesNotContain(secret).doesNotContain(inc);
        }
        // globex numbers its own tickets from 1; acme's INC0000002 still does not exist there
        assertThat(own).isEqualTo("INC0000001");
        assertProblem(g.get(globexAdmin, inc), 404, "ticket-not-found");
        // and acme's token is worthless on globex's endpoints
        assertThat(api.get(g.path("/tickets/INC0000001"), acmeAgent).status()).isEqualTo(401);
        assertThat(api.get(g.path("/groups"), acmeAgent).status()).isEqualTo(401);
    }
}
